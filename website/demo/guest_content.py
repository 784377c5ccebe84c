"""Demo guest content for Commonroom.

Plain Python data in the same shape as ``content.py``, written in British
English. It holds the guest contributors, one accepted pitch and the guest
posts that came from it. Everything here is invented: the contributors, the
teams, the survey figures and the quotes. No client or colleague is described
in a way that could identify them.

``credit`` decides how a contributor is named in a byline:

* ``"name"``: the contributor's own name.
* ``"team"``: the organisation, e.g. "by the PWP wellbeing group at ...".
* ``"anonymous"``: "by a service manager, published anonymously at their
  request". The name is kept for the editors and never shown.
"""

CONTRIBUTORS = [
    {
        # Slug deliberately names the group, not the person, because the
        # byline credits the team.
        "slug": "pwp-wellbeing-group",
        "name": "Nadia Farrow",
        "role": "Senior PWP",
        "organisation": "the PWP wellbeing group at a Talking Therapies service",
        "bio": (
            "A small group of qualified and trainee PWPs, with one senior practitioner, "
            "who meet once a month to look at how their step 2 team can look after itself. "
            "They ran a wellbeing survey in 2026 and are writing up what they learn as "
            "they go."
        ),
        "credit": "team",
        "email": "nadia.farrow@example.org",
        "account": True,
    },
    {
        "slug": "gareth-lowden",
        "name": "Gareth Lowden",
        "role": "Service manager",
        "organisation": "a Talking Therapies service in the Midlands",
        "bio": (
            "Gareth started out as a PWP, later trained as a CBT therapist and has managed "
            "a Talking Therapies service for six years. He is interested in how rotas, "
            "clinic templates and supervision structures shape whether practitioners stay "
            "well, and he tries to spend a morning each month with a step 2 team."
        ),
        "credit": "name",
        "email": "gareth.lowden@example.org",
        "account": False,
    },
    {
        # Slug deliberately carries no part of the name.
        "slug": "anonymous-service-manager",
        "name": "Rosalind Keane",
        "role": "Service manager",
        "organisation": "a Talking Therapies service",
        "bio": (
            "A service manager in NHS Talking Therapies who has seen several PWPs move into "
            "supervisory roles. They asked to publish without their name so that nobody "
            "they have worked with feels written about."
        ),
        "credit": "anonymous",
        "email": "r.keane@example.org",
        "account": False,
    },
]

PITCH = {
    "name": "Nadia Farrow",
    "email": "nadia.farrow@example.org",
    "organisation": "the PWP wellbeing group at a Talking Therapies service",
    "role": "Senior PWP",
    "title": "What sixteen PWPs told us about carrying the work",
    "outline": (
        "Our team's wellbeing group ran a short anonymous survey about the emotional side "
        "of step 2 work, asking how often people could pause after a hard call, debrief "
        "with a colleague or raise the personal impact in supervision. We would like to "
        "share the results in a simple table, with what surprised us and what reassured "
        "us. The second half sets out the four changes we have agreed with our managers "
        "to try over the next three months. We are happy to write a short follow-up once "
        "we have rerun the survey."
    ),
    "warnings": [],
    "credit": "team",
}

GUEST_POSTS = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "what-sixteen-pwps-told-us-about-carrying-the-work",
        "title": "What sixteen PWPs told us about carrying the work",
        "summary": (
            "Our team's wellbeing group asked colleagues how the emotional side of "
            "low-intensity work was landing. Here is what they said, and the four things "
            "we are going to try first."
        ),
        "date": "2026-11-16",
        "authors": ["pwp-wellbeing-group"],
        "tags": ["Wellbeing", "Team culture", "Assessment"],
        "hero": "teal",
        "hero_alt": "",
        "state": "published",
        "series": None,
        "body": [
            (
                "paragraph",
                (
                    "<p>Earlier this year a few of us began meeting monthly over lunch to talk "
                    "about how our team was doing. None of us are researchers, but we shared a "
                    "feeling that people were more tired than they were letting on. So in the "
                    "summer we wrote a short anonymous survey and asked the whole step 2 team to "
                    "complete it in a team meeting. Sixteen of nineteen colleagues did.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What we asked", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>We asked about the emotional side of the job rather than workload in "
                    "general, because that rarely came up in team meetings. For each of seven "
                    "statements people said how often it had been true over the past month. A "
                    "free-text question asked: <i>what would help you carry the work more "
                    "easily?</i></p>"
                ),
            ),
            (
                "table",
                {
                    "table_caption": "How often was this true in the last month? (16 respondents)",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_header_choice": "row",
                    "data": [
                        ["Statement", "Most weeks", "Some weeks", "Rarely or never"],
                        [
                            "I had a moment to pause after a difficult call before the next one",
                            "3",
                            "6",
                            "7",
                        ],
                        [
                            "I kept thinking about something a client had told me after work",
                            "7",
                            "7",
                            "2",
                        ],
                        [
                            "I could talk through a hard call with a colleague the same day",
                            "9",
                            "5",
                            "2",
                        ],
                        [
                            "Supervision had room for how the work was affecting me",
                            "5",
                            "8",
                            "3",
                        ],
                        ["My clinic mixed assessments with treatment sessions", "6", "4", "6"],
                        [
                            "I noticed signs of strain in myself, such as poor sleep or dread",
                            "4",
                            "8",
                            "4",
                        ],
                        ["I left work feeling I had done the job well", "8", "6", "2"],
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "What we noticed", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Two things stood out. The first was the pause, or the lack of one. "
                    "Fewer than one in five of us regularly get a breather after a hard call; "
                    "most move straight on with the last conversation still in their ears. The "
                    "second was a gap between peers and supervision. People found it easier to "
                    "offload to a colleague than to raise the personal impact with their "
                    "supervisor, and several free-text answers said supervision was too full of "
                    "cases to fit anything else in.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>There was good news too. Most people could talk to someone on the day, "
                    "and half of us went home most weeks feeling we had done the job well, so "
                    "our aim is to build on what works rather than start again. In the free-text "
                    "answers the words that came up most were <i>space</i> and <i>time to "
                    "think</i>. One person simply wrote: <i>five minutes</i>.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What we will try next", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Before sharing the results with the wider team, we took them to our "
                    "service manager and to a supervisors' meeting, so that we could come back "
                    "with a plan rather than a list of problems. Together we agreed four things "
                    "to try for three months.</p>"
                ),
            ),
            (
                "list",
                {
                    "style": "ol",
                    "items": [
                        "A short protected gap in clinic templates after every second assessment, agreed with service management so that nobody has to justify taking it.",
                        "A wellbeing question at the start of every case management supervision, asked before the first case is discussed.",
                        "A named colleague on each clinic day whom anyone can call for a quick debrief.",
                        "A session on vicarious trauma at our next team development day, so that newer colleagues hear about it early rather than by accident.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>We will run the same survey again in the new year and report back here, "
                    "whatever the numbers say.</p>"
                ),
            ),
            (
                "heading",
                {
                    "level": "h3",
                    "text": "If your team wants to try something similar",
                    "anchor": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Keep the survey short enough to finish in a team meeting. Asking how "
                    "often something happens, rather than whether people agree, made our "
                    "answers easier to act on. Above all, agree in advance that every question "
                    "must point towards something you could actually change.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "what-i-got-wrong-about-supporting-new-supervisors",
        "title": "What I got wrong about supporting new supervisors",
        "summary": (
            "A service manager looks back on moving good practitioners into supervision "
            "without enough support, and on what they do differently now."
        ),
        "date": "2026-11-18",
        "authors": ["anonymous-service-manager"],
        "tags": ["Supervision", "Training", "Team culture"],
        "hero": "slate",
        "hero_alt": "",
        "state": "published",
        "series": "learning-to-supervise",
        "body": [
            (
                "callout",
                {
                    "tone": "note",
                    "title": "Why there is no name on this post",
                    "text": (
                        "<p>I have written this anonymously so that nobody I have worked with "
                        "feels they are being described. What follows is general, and drawn from "
                        "several years rather than any one person.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>For a long time I believed the hard part of creating a new supervisor "
                    "was choosing the right person. Find a PWP who is clinically sound, steady "
                    "under pressure and trusted by colleagues, give them a few supervisees, and "
                    "the rest would follow. I was wrong, and some capable people had a harder "
                    "first year than they needed to because of it.</p>"
                ),
            ),
            (
                "heading",
                {
                    "level": "h2",
                    "text": "Good practitioners are not automatically good supervisors",
                    "anchor": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Clinical skill matters, but supervising uses different muscles: holding "
                    "someone else's uncertainty, giving feedback that is both honest and kind, "
                    "and staying calm when a risk concern arrives late on a Friday. Most new "
                    "supervisors have had years of practice at the first job and almost none at "
                    "the second. I used to treat their early wobbles as teething problems. Now I "
                    "treat them as a training need, and plan for it before the first "
                    "session.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What I do differently now", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Time comes off the caseload before supervision goes on. If supervising adds hours, something else has to give, and we agree what in writing.",
                        "Every new supervisor has supervision of their own supervision for at least the first year, from someone other than their line manager.",
                        "New supervisors join a small peer group that meets monthly, where the sessions that went badly are as welcome as the ones that went well.",
                        "I ask how they are finding the role, not only how their supervisees are doing, and I ask again a few weeks later.",
                        "We agree early on what they should bring to me and what is theirs to decide, so they are not left guessing.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "The weight they carry", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>What surprised me most was the emotional load. New supervisors hear "
                    "about their supervisees' hardest calls, and they often feel responsible "
                    "for how those colleagues are coping as well as for the clients. More than "
                    "one has described it to me as a second caseload that never appears in any "
                    "report. That is exactly the kind of hidden work managers miss, because "
                    "nothing on a dashboard shows it.</p>"
                ),
            ),
            (
                "heading",
                {
                    "level": "h3",
                    "text": "If you are about to make someone a supervisor",
                    "anchor": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Ask what support they think they will need, then offer a little more. "
                    "Check in after one month and again after three. And say out loud that the "
                    "role is hard, because a new supervisor who thinks they ought to find it "
                    "easy will stay quiet until they are struggling. The aim is not to make "
                    "supervision effortless. It is to make sure nobody has to learn it "
                    "alone.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "three-months-on-after-our-wellbeing-survey",
        "title": "Three months on: what changed after our wellbeing survey",
        "summary": (
            "A short update on the four changes our team tried after its wellbeing survey: "
            "what stuck, what slipped and what we are doing next."
        ),
        "date": None,
        "authors": ["pwp-wellbeing-group"],
        "tags": ["Wellbeing", "Team culture", "Supervision"],
        "hero": None,
        "hero_alt": "",
        "state": "in_review",
        "series": None,
        "body": [
            (
                "paragraph",
                (
                    "<p>In November we wrote here about a small survey of our step 2 team and "
                    "four changes we planned to try. A few readers asked how it went, so here is "
                    "an honest update before we rerun the survey properly.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What stuck", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "The protected gap after every second assessment. For the first fortnight it felt like wasted clinic time. Now people guard it, and the booking team plan around it without being reminded.",
                        "The named debrief colleague. Calls were short, usually under ten minutes, and people said that knowing someone was there helped even on days they did not pick up the phone.",
                        "The vicarious trauma session at our development day. Several of the newer PWPs said they wished they had heard it in their first week.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "What slipped", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>The wellbeing question at the start of supervision did not survive busy "
                    "weeks. When a session was full of risk reviews, the question was rushed or "
                    "skipped, and a rushed question gets a rushed answer. We have not given up "
                    "on it. Supervisors have agreed that if the start of a session is taken up "
                    "with urgent cases, they will ask at the end instead, and book a separate "
                    "short check-in if there is no time at all.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What comes next", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>We will repeat the survey in the next few weeks using exactly the same "
                    "statements, so that the comparison is fair, and the team will see the "
                    "results before anyone else does. We are also keen to swap notes with PWPs "
                    "in other services. If your team has tried something similar, good or bad, "
                    "we would love to hear what you learned.</p>"
                ),
            ),
        ],
    },
]

# The guest who writes part 3 of the first series
# ("helping-pwps-thrive-a-service-managers-view").
SERIES_PART_AUTHOR = "gareth-lowden"

WRITE_FOR_US_PAGE = {
    "slug": "write-for-us",
    "title": "Write for us",
    "summary": "Guest posts from practitioners, teams and managers are welcome. Here is how it works.",
    "body": [
        (
            "paragraph",
            "<p>Some of the most useful posts here come from people doing the work: a team that ran a "
            "wellbeing survey, a supervisor who changed how they run case management, a manager who "
            "found something that helped staff stay. If you have something like that to share, we would "
            "like to hear from you.</p>",
        ),
        ("heading", {"level": "h2", "text": "How it works", "anchor": ""}),
        (
            "list",
            {
                "style": "ol",
                "items": [
                    "Send us a pitch: a working title and a few sentences on what you want to say.",
                    "If it fits, we invite you to write it in your own space on the site.",
                    "You submit it for review; an editor reads it and may suggest changes.",
                    "We publish it, by name, as a team, or anonymously if you prefer.",
                ],
            },
        ),
        (
            "callout",
            {
                "tone": "important",
                "title": "Keeping people confidential",
                "text": "<p>Please make sure no client, colleague or service user could be identified "
                "from what you write, and that you have consent for any story you tell.</p>",
            },
        ),
        (
            "paragraph",
            '<p><a href="/write-for-us/pitch/">Send us a pitch</a>. It takes about five minutes.</p>',
        ),
    ],
}
