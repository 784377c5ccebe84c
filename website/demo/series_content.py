"""Demo series for Commonroom.

Plain Python data in the same shape as ``content.py``, written in British
English. Each series has an introduction and an ordered list of parts. A part
is either a ``post`` (the same keys as an entry in ``content.POSTS``) or an
``announced`` placeholder for a part that has not been written yet.

A post with ``"date": None`` and ``"schedule_in_days": N`` is scheduled: it
goes live N days after the demo content is loaded. An announced part with
``"planned_date": None`` shows as "coming soon".

Everything here is invented: the people, the teams, the quotes and the
conversations. No client is described in a way that could identify them.
"""

SERIES = [
    # ================================================================== 1
    {
        "slug": "carrying-it-well",
        "title": "Carrying it well: vicarious trauma and wellbeing in low-intensity work",
        "summary": (
            "A three-part series on the hidden cost of low-intensity work and what helps. "
            "It moves from one practitioner's experience to what colleagues say keeps them "
            "going, and ends with what leaders can change."
        ),
        "introduction": (
            "<p>Low-intensity work is rewarding, and it can also wear people down in ways "
            "that are slow and hard to spot. In this series Ruth Ellery starts with her own "
            "experience, then gathers what fellow practitioners told her about staying well, "
            "and finally hands over to a service manager who writes about what leaders can "
            "do.</p>"
            "<p><b>Part one touches on difficult experiences</b>, in general terms only. If "
            "you are having a hard time at the moment, you may prefer to start with part two, "
            "and our support page lists places to turn.</p>"
        ),
        "cover": "plum",
        "parts": [
            # ---------------------------------------------------------- 1.1
            {
                "post": {
                    "slug": "how-it-crept-up-on-me",
                    "title": "How it crept up on me: vicarious trauma in low-intensity work",
                    "summary": (
                        "The first part of a series on wellbeing in low-intensity work. "
                        "I describe, in general terms, how the weight of the job built up "
                        "for me without my noticing."
                    ),
                    "date": "2026-11-02",
                    "authors": ["ruth-ellery"],
                    "tags": ["Wellbeing", "Assessment", "Supervision"],
                    "hero": "slate",
                    "hero_alt": "",
                    "body": [
                        (
                            "callout",
                            {
                                "tone": "note",
                                "title": "Before you read",
                                "text": (
                                    "<p>This post is about a difficult period in my own working "
                                    "life. It mentions hearing distressing accounts, burnout and "
                                    "vicarious trauma, but only in general terms, with no detailed "
                                    "descriptions. If you are feeling worn down right now, it is "
                                    "completely fine to skip this one and come back later. Part "
                                    "two is gentler.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I have put off writing this for months, partly because I worried "
                                "it would read like a complaint about a job I genuinely love. But I "
                                "have watched good colleagues quietly leave the profession, and I now "
                                "think that the less we talk about what the work can cost, the more "
                                "people we lose. Today is about naming the problem. The next two posts "
                                "are about what helps.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"level": "h2", "text": "It did not arrive all at once", "anchor": ""},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>For several years my week was mostly assessments: full clinics, "
                                "largely on the telephone, one call after another. Some people were "
                                "carrying very heavy things, and shared them with me in the space of "
                                "an hour. I listened, assessed risk, agreed a plan, "
                                "and then the next call was due. I rarely found out what happened to "
                                "anyone afterwards.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I did not notice anything changing. If you had asked, I would have "
                                "said I was a bit tired, like everybody else. Looking back, the signs "
                                "were there long before I took them seriously.</p>"
                            ),
                        ),
                        (
                            "list",
                            {
                                "style": "ul",
                                "items": [
                                    "I began to dread the clinic list, not because of any one person but because of the sheer number of conversations ahead.",
                                    "My sleep became lighter and more broken, and work followed me into it.",
                                    "I felt oddly flat, even on days when someone told me they were doing much better.",
                                    "I grew short-tempered at home, and things I used to enjoy simply fell away.",
                                ],
                            },
                        ),
                        ("heading", {"level": "h2", "text": "Giving it a name", "anchor": ""}),
                        (
                            "paragraph",
                            (
                                "<p>It was a colleague who first asked, carefully, whether I was all "
                                "right, and who did not accept my usual answer. In supervision a few "
                                "weeks later I finally "
                                "described how I had been feeling, and my supervisor used a term I had "
                                "only met in a training lecture: <i>vicarious trauma</i>.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Vicarious trauma describes the way that listening with empathy, "
                                "again and again, to other people's distress can gradually change how "
                                "we feel and how we see the world. It often overlaps with burnout, "
                                "which is more about exhaustion from the demands of the job itself. In "
                                "my case I think it was both. I was not broken, and I was not bad at my "
                                "job. I had absorbed a great deal without anywhere to put it down.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "level": "h2",
                                "text": "Why low-intensity roles are exposed",
                                "anchor": "",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I do not think my experience was unusual. Low-intensity roles can "
                                "combine several things that make this build-up more likely: high "
                                "numbers of contacts, appointments booked "
                                "back to back, many first conversations in which people share painful "
                                "histories, and very few chances to see how things turn out. Add "
                                "pressure on waiting times and targets, and the emotional side of the "
                                "job can easily go unspoken.</p>"
                            ),
                        ),
                        ("heading", {"level": "h3", "text": "Where I am now", "anchor": ""}),
                        (
                            "paragraph",
                            (
                                "<p>I took some time away and spoke to my GP and occupational health. "
                                "When I came back, we changed the shape of my week and I learned to "
                                "speak up sooner. I still love this work. I just "
                                "understand now that loving it is not the same as being protected "
                                "from it.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "tone": "important",
                                "title": "If this sounds familiar",
                                "text": (
                                    "<p>Please talk to someone: your supervisor, a colleague you "
                                    "trust, occupational health or your GP. Our support page lists "
                                    "more places to start.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>In part two I share what other practitioners told me keeps them "
                                "going. It is a more hopeful read, I promise.</p>"
                            ),
                        ),
                    ],
                }
            },
            # ---------------------------------------------------------- 1.2
            {
                "post": {
                    "slug": "what-keeps-us-going",
                    "title": "What keeps us going: practitioners on staying well",
                    "summary": (
                        "After writing about what wore me down, I asked colleagues what sustains "
                        "them in low-intensity work. Their answers were simpler, and more hopeful, "
                        "than I expected."
                    ),
                    "date": "2026-11-09",
                    "authors": ["ruth-ellery"],
                    "tags": ["Wellbeing", "Team culture", "Supervision"],
                    "hero": "moss",
                    "hero_alt": "",
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>After my last post, several people got in touch to say they "
                                "recognised parts of it. A few also pointed out, kindly, that it only "
                                "told half the story. They were right. So over a few weeks I spoke "
                                "with a dozen PWPs, some newly qualified and some with many years "
                                "behind them, and asked each of them one question: <i>what keeps you "
                                "going?</i></p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>I half expected the answers to sound like a poster in a staff "
                                "kitchen. Some of them did, and I have stopped minding. Things can be "
                                "familiar and still be true. What struck me was how consistent people "
                                "were, whatever their service or stage of career.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "level": "h2",
                                "text": "Four things people kept coming back to",
                                "anchor": "",
                            },
                        ),
                        (
                            "list",
                            {
                                "style": "ol",
                                "items": [
                                    "Peers. Almost everyone mentioned colleagues first: the person at the next desk, a team chat, a ten-minute walk at lunch with someone who simply understands.",
                                    "Supervision with room for feelings. Case management mattered, but what sustained people was a supervisor who asked how they were and waited for the real answer.",
                                    "Boundaries. Leaving on time, pausing between calls and keeping a clear line between work and home were described as skills to practise, not luxuries.",
                                    "Meaning. Nearly everyone could name a moment when someone's life got a little better and they had played a part in it.",
                                ],
                            },
                        ),
                        ("heading", {"level": "h2", "text": "Peers and supervision", "anchor": ""}),
                        (
                            "paragraph",
                            (
                                "<p>Several people described their team as the main reason they "
                                "stayed. Not because the team was perfect, but because it was "
                                "somewhere they could say <i>that call was hard</i> without having to "
                                "explain why. Newer practitioners in particular talked about the "
                                "relief of discovering that experienced colleagues had the same "
                                "doubts.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "The most useful thing my supervisor ever did was ask how I was, "
                                    "then leave a silence long enough for me to answer honestly."
                                ),
                                "attribution": "A PWP, four years qualified, 2026",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Supervision came up again and again, and so did its absence. When "
                                "it was regularly cancelled or squeezed into a checklist, people felt "
                                "the difference quickly. When it was protected, even a short session "
                                "could reset a difficult week.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"level": "h2", "text": "Boundaries and meaning", "anchor": ""},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Boundaries were the area people found hardest. Several admitted "
                                "they still write notes over lunch or check emails in the evening. "
                                "Those who felt most settled had made a few small, firm rules, such as "
                                "a proper pause after any call that left them shaken, or a walk home "
                                "that marks the end of the day, and they kept to them even when it "
                                "felt awkward.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Meaning ran through everything. People talked about the privilege "
                                "of being the first person someone had confided in, about watching a "
                                "client use a technique they had taught, and about a discharge that "
                                "made them smile for the rest of the afternoon. Nobody pretended this "
                                "made up for unmanageable caseloads. But it reminded them why the "
                                "caseload mattered.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "tone": "tip",
                                "title": "A small habit to try",
                                "text": (
                                    "<p>At the end of each week, jot down one moment when the work "
                                    "went well. Over time the list becomes something to return to "
                                    "after a week that has been hard.</p>"
                                ),
                            },
                        ),
                        (
                            "heading",
                            {
                                "level": "h3",
                                "text": "Not a job for individuals alone",
                                "anchor": "",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Everything here is something practitioners and teams can do. But "
                                "people also told me, quite firmly, that staying well should not rest "
                                "on their shoulders alone. In the final part of this series, a service "
                                "manager writes about what leaders can change.</p>"
                            ),
                        ),
                    ],
                }
            },
            # ---------------------------------------------------------- 1.3
            {
                "post": {
                    "slug": "helping-pwps-thrive-a-service-managers-view",
                    "title": "Helping PWPs thrive: a service manager's view",
                    "summary": (
                        "A service manager on the decisions leaders can make to protect "
                        "practitioners: protected time, realistic caseloads, reflective practice "
                        "and genuine listening."
                    ),
                    "date": None,
                    "schedule_in_days": 23,
                    # The guest byline is added later by the guest-posts feature.
                    "authors": [],
                    "tags": ["Wellbeing", "Caseloads", "Team culture"],
                    "hero": "amber",
                    "hero_alt": "",
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>When I was asked to write the last part of this series, my first "
                                "feeling was discomfort. I manage a service, and some of what Ruth "
                                "describes in part one happens on watches like mine. I have set "
                                "targets, signed off clinic templates and, on bad days, asked tired "
                                "people to do a little more. So I want to start by saying plainly that "
                                "practitioner wellbeing is not a personal project for PWPs to manage "
                                "in their own time. It is a leadership responsibility.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"level": "h2", "text": "Protect time, and mean it", "anchor": ""},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Most services already write supervision, training and reflective "
                                "time into policy. The real question is whether that time survives a "
                                "busy month. In our service we treat protected time like a clinical "
                                "appointment: it sits in the diary, it is not the first thing to go "
                                "when the waiting list grows, and if it has to move, it is rebooked "
                                "rather than lost. We also build short gaps between telephone contacts "
                                "into clinic templates, because back-to-back calls leave no room to "
                                "recover.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"level": "h2", "text": "Caseloads that reflect reality", "anchor": ""},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A caseload figure hides a lot. Two practitioners with the same "
                                "number can be carrying very different loads, depending on risk, "
                                "complexity and how many assessments they are doing. We agreed upper "
                                "limits with the team and review them with practitioners, not on "
                                "their behalf. When demand rises, the answer cannot simply be to fill "
                                "every gap in someone's diary.</p>"
                            ),
                        ),
                        (
                            "list",
                            {
                                "style": "ul",
                                "items": [
                                    "Set a ceiling for active cases and weekly assessments, and make it visible to the whole team.",
                                    "Mix assessment-heavy clinics with treatment sessions, so people see recovery as well as distress.",
                                    "Weigh complexity and risk, not only numbers, when allocating work.",
                                    "Check in with anyone whose diary has been completely full for weeks on end.",
                                ],
                            },
                        ),
                        (
                            "heading",
                            {"level": "h2", "text": "Make room for reflection", "anchor": ""},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Case management supervision keeps clients safe, but it was never "
                                "designed to help practitioners process what they hear. We introduced "
                                "a monthly reflective practice group, facilitated by someone outside "
                                "the line management structure, where PWPs can talk about the emotional "
                                "side of the work. Attendance was patchy at first. It grew once people "
                                "saw that what was said stayed in the room and that nobody was being "
                                "assessed.</p>"
                            ),
                        ),
                        ("heading", {"level": "h2", "text": "Listen, then act", "anchor": ""}),
                        (
                            "paragraph",
                            (
                                "<p>Staff surveys only help if people see something change as a "
                                "result. When our team told us the end of the day felt relentless, we "
                                "stopped booking new assessments into the final slot. It was a small "
                                "change, but it showed that speaking up led somewhere. Leaders also "
                                "need to be present: join a team meeting, ask what is getting in the "
                                "way, and be honest when something cannot be fixed quickly.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "I could cope with a busy week. What wore me down was feeling "
                                    "that nobody above me could see it."
                                ),
                                "attribution": "A PWP in our service, 2026",
                            },
                        ),
                        (
                            "callout",
                            {
                                "tone": "important",
                                "title": "For leaders reading this",
                                "text": (
                                    "<p>Ask your team which single change would make the biggest "
                                    "difference to their wellbeing this quarter. Then commit to "
                                    "reporting back, even if the honest answer is <i>not yet</i>.</p>"
                                ),
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>PWPs are often the first voice someone hears when they finally "
                                "ask for help. If we want that voice to stay warm and steady, we have "
                                "to look after the people behind it. That is not a kindness added on "
                                "top of running a service. It is part of running a good one.</p>"
                            ),
                        ),
                    ],
                }
            },
        ],
    },
    # ================================================================== 2
    {
        "slug": "learning-to-supervise",
        "title": "Learning to supervise: notes for new PWP supervisors",
        "summary": (
            "A short series for practitioners stepping into supervision for the first time. "
            "Practical and honest, and built on mistakes as much as successes."
        ),
        "introduction": (
            "<p>Becoming a supervisor is one of the bigger changes in a PWP's career, and it "
            "often happens with very little preparation. In this series Sam Okonjo shares "
            "lessons from several years of supervising qualified and trainee "
            "practitioners.</p>"
            "<p>The first part is about getting started. Later parts will look at giving "
            "feedback and at supporting a supervisee who is finding the work hard.</p>"
        ),
        "cover": "teal",
        "parts": [
            # ---------------------------------------------------------- 2.1
            {
                "post": {
                    "slug": "your-first-months-as-a-pwp-supervisor",
                    "title": "Your first months as a PWP supervisor",
                    "summary": (
                        "Stepping into supervision can feel like being handed a list and a room "
                        "booking. Here is what I wish I had known at the start."
                    ),
                    "date": "2026-10-20",
                    "authors": ["sam-okonjo"],
                    "tags": ["Supervision", "Training", "Team culture"],
                    "hero": "teal",
                    "hero_alt": "",
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>The week I started supervising, I was given a list of names, a "
                                "recording template and a room booking. What nobody gave me was a "
                                "clear sense of what I was actually there for. I spent the first month "
                                "trying to be the person with all the answers, and it did not go well. "
                                "This first post in the series is about the things I wish I had known "
                                "from the beginning.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "level": "h2",
                                "text": "You are not there to know everything",
                                "anchor": "",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>New supervisors often feel they must answer every clinical question "
                                "on the spot. In practice, the most useful thing you can do is help the "
                                "practitioner think. Asking <i>What have you tried so far?</i> or "
                                "<i>What is your instinct telling you?</i> builds their confidence and "
                                "usually leads to a better plan. When you genuinely do not know, say "
                                "so, and agree how you will find out.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "level": "h2",
                                "text": "Set up the relationship on purpose",
                                "anchor": "",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>A short supervision agreement at your first meeting saves a lot of "
                                "confusion later. It does not need to be formal, but it should cover a "
                                "few basics.</p>"
                            ),
                        ),
                        (
                            "list",
                            {
                                "style": "ul",
                                "items": [
                                    "How often you will meet, for how long, and what happens if a session has to move.",
                                    "How cases will be prioritised and what the practitioner should bring.",
                                    "How urgent risk concerns are handled between sessions.",
                                    "What stays between you, and what you may need to share with managers.",
                                    "How you will both say whether supervision is working.",
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "tone": "tip",
                                "title": "Ask about preferences",
                                "text": (
                                    "<p>Ask each supervisee how they like to receive feedback and what "
                                    "has helped them in supervision before. It is a simple question, "
                                    "and the answers are often surprising.</p>"
                                ),
                            },
                        ),
                        ("heading", {"level": "h2", "text": "Mind the dual role", "anchor": ""}),
                        (
                            "paragraph",
                            (
                                "<p>Many PWP supervisors also carry a clinical caseload, and some line "
                                "manage the people they supervise. That can blur the edges. Be clear "
                                "about which hat you are wearing, and try to keep performance "
                                "conversations separate from the reflective part of supervision, so "
                                "practitioners can bring their uncertainties without worrying how they "
                                "will be judged.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"level": "h3", "text": "Find support for yourself", "anchor": ""},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Supervising is a skill, and skills need support. Ask your service "
                                "whether there is a supervisors' group, a mentor or training you can "
                                "join. Talking through tricky sessions with another supervisor helped "
                                "me more than anything I read.</p>"
                            ),
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Coming next in this series: giving feedback that lands, and what to "
                                "do when a supervisee is struggling.</p>"
                            ),
                        ),
                    ],
                }
            },
            # ---------------------------------------------------------- 2.2
            {
                "announced": {
                    "title": "Giving feedback that lands",
                    "planned_date": "2027-01-14",
                    "summary": (
                        "How to give honest, useful feedback in supervision without knocking a "
                        "practitioner's confidence."
                    ),
                }
            },
            # ---------------------------------------------------------- 2.3
            {
                "announced": {
                    "title": "When a supervisee is struggling",
                    "planned_date": None,
                    "summary": (
                        "Noticing when someone is finding the work hard, and opening that "
                        "conversation kindly."
                    ),
                }
            },
        ],
    },
]
