from wagtail.permission_policies import ModelPermissionPolicy


class WithholdingPermissionPolicy(ModelPermissionPolicy):
    """A model's usual permissions, less the actions nobody takes in the
    admin for it (each viewset says why)."""

    def __init__(self, model, withheld, **kwargs):
        super().__init__(model, **kwargs)
        self.withheld = frozenset(withheld)

    def user_has_permission(self, user, action):
        return action not in self.withheld and super().user_has_permission(user, action)
