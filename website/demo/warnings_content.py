"""The demo's starting set of content warnings, and which demo posts carry
them. Support text points to people and services anyone in the UK can use;
the site's support page (linked from every notice) has the rest."""

WARNINGS = [
    {
        "slug": "traumatic-events",
        "name": "Traumatic events described",
        "label": "Traumatic events",
        "description": "Accounts of frightening or life-threatening events, such as accidents, assaults or disasters, whether a client's or a practitioner's.",
        "support": "<p>If an account stays with you, raise it in supervision; that is what it is for.</p>",
    },
    {
        "slug": "vicarious-trauma",
        "name": "Vicarious trauma",
        "label": "Vicarious trauma",
        "description": "How hearing about other people's trauma, day after day, can affect practitioners.",
        "support": "<p>Your supervisor, occupational health or your employer's staff support service can help you make sense of it.</p>",
    },
    {
        "slug": "pregnancy-baby-loss",
        "name": "Pregnancy and baby loss",
        "label": "Baby loss",
        "description": "Miscarriage, stillbirth, the death of a baby, and difficulties with pregnancy or fertility.",
        "support": '<p>Tommy\'s and the Miscarriage Association offer information and support: <a href="https://www.tommys.org/">tommys.org</a>, <a href="https://www.miscarriageassociation.org.uk/">miscarriageassociation.org.uk</a>.</p>',
    },
    {
        "slug": "abuse-violence",
        "name": "Abuse and violence",
        "label": "Abuse and violence",
        "description": "Domestic abuse, sexual violence, child abuse and other violence.",
        "support": "<p>If you are in danger now, call 999. The National Domestic Abuse Helpline is free and open all day, every day: 0808 2000 247.</p>",
    },
    {
        "slug": "suicide-self-harm",
        "name": "Suicide and self-harm",
        "label": "Suicide",
        "description": "Suicidal thoughts, self-harm, risk assessment conversations and losing someone to suicide.",
        "support": "<p>Samaritans answer at any hour, free, on 116 123. In an emergency call 999 or go to A&amp;E.</p>",
    },
    {
        "slug": "burnout",
        "name": "Burnout and work stress",
        "label": "Burnout",
        "description": "Exhaustion, demoralisation and the pressures of targets, caseloads and staffing.",
        "support": "<p>Talking to your supervisor or manager early helps; so can your GP and your staff support service.</p>",
    },
]

# slug of a demo post → its warnings (slug, intensity) and a note for readers.
WARNED_POSTS = {
    "how-it-crept-up-on-me": {
        "warnings": [("vicarious-trauma", "discussed"), ("burnout", "discussed")],
        "note": "Hard experiences are referred to in general terms; nothing is described in detail.",
    },
    "hearing-hard-stories-in-short-appointments": {
        "warnings": [("traumatic-events", "mentioned"), ("vicarious-trauma", "discussed")],
        "note": "",
        # A closing section kept behind its own gate, with a sensitive picture.
        "extra_blocks": [
            (
                "sensitive",
                {
                    "warnings": [{"warning": "traumatic-events", "intensity": "mentioned"}],
                    "note": "An example of the kind of account a practitioner might hear, in outline only.",
                    "content": [
                        (
                            "paragraph",
                            "<p>At a first assessment, someone may mention a serious road accident in a single sentence, "
                            "then move straight on to their sleep. Hearing it that briefly, with no time to respond properly, "
                            "is part of what makes low-intensity work quietly heavy. Noting it, checking risk, and taking it to "
                            "supervision is enough; it does not need to be carried alone.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "inline-2",
                                "alt": "Blurred grey and blue circles overlapping, like headlights in rain",
                                "caption": "Some accounts stay with us longer than the appointment.",
                                "warning": "traumatic-events",
                            },
                        ),
                    ],
                },
            )
        ],
    },
    "what-a-caseload-number-does-not-tell-you": {
        "warnings": [("burnout", "mentioned")],
        "note": "",
    },
}
