from django_tasks import task

from wordpress import runs


@task()
def check_import(run_id):
    """The dry run an editor sees before confirming."""
    runs.execute(run_id, dry_run=True)


@task()
def run_import(run_id):
    runs.execute(run_id, dry_run=False)
