"""Demo content for Commonroom.

Plain Python data, written in British English. Everything here is invented:
the authors, the teams, the quotes and the survey figures. No client is
described in a way that could identify them.
"""

AUTHORS = [
    {
        "slug": "ruth-ellery",
        "name": "Ruth Ellery",
        "role": "Senior PWP and editor of Commonroom",
        "bio": (
            "Ruth qualified as a Psychological Wellbeing Practitioner eleven years ago "
            "and now splits her week between clinics, supporting trainees and looking "
            "after this blog. She is happiest talking about guided self-help, good "
            "telephone manners and the small systems that keep a team kind."
        ),
        "kind": "staff",
    },
    {
        "slug": "sam-okonjo",
        "name": "Sam Okonjo",
        "role": "PWP supervisor and clinical lead",
        "bio": (
            "Sam leads a low-intensity team and supervises qualified and trainee PWPs. "
            "Before that Sam spent several years running step 2 clinics. Sam writes "
            "about supervision, step-up decisions and what managers can actually "
            "change to keep practitioners well."
        ),
        "kind": "staff",
    },
]

PAGES = [
    {
        "slug": "about",
        "title": "About Commonroom",
        "summary": (
            "Commonroom is a blog by and for Psychological Wellbeing Practitioners, "
            "their supervisors and the people who manage low-intensity services."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Commonroom started with a simple idea: the people doing low-intensity "
                    "work in NHS Talking Therapies know a great deal, and most of it never gets "
                    "written down. It lives in corridor conversations, in the tips a colleague "
                    "passes on after a tricky call, and in the supervision notes nobody else "
                    "reads. This blog is a place to share that knowledge a little more widely.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Who it is for", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Qualified Psychological Wellbeing Practitioners, wherever they are in their career.",
                        "Trainee PWPs finding their feet between university days and clinic days.",
                        "Supervisors and clinical leads who support low-intensity practice.",
                        "Service managers who want to understand what helps their teams do good work and stay well.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "What we write about", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>We write about the practical side of the job: telephone assessments, "
                    "guided self-help, caseloads, step-up decisions, supervision and training. "
                    "We also write honestly about what the work costs, and about the team habits "
                    "and service decisions that make it more sustainable. We try to be warm "
                    "without being saccharine, and honest without being bleak.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "important",
                    "title": "A note on confidentiality",
                    "text": (
                        "<p>Nothing on Commonroom describes a real client. Where we use examples, "
                        "they are invented or blended so that no person could be recognised. "
                        "We ask guest writers to do the same.</p>"
                    ),
                },
            ),
            ("heading", {"level": "h2", "text": "Writing for us", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>We welcome guest posts from practitioners, teams, supervisors and "
                    "managers. You do not need to be a confident writer; you need something "
                    "you have learned that might help someone else. Get in touch through your "
                    "usual contact with the editors and we will talk it through with you.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "support",
        "title": "Support",
        "summary": (
            "If the work is getting to you, you do not have to manage it alone. "
            "Here is where practitioners can turn for support."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Low-intensity work asks a lot of people. Feeling tired, low, anxious or "
                    "worn down by it is not a sign that you are in the wrong job or that you "
                    "have failed. It is a sign that you need some support, and you deserve to "
                    "get it. This page lists the places you can start.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "important",
                    "title": "If you are in crisis now",
                    "text": (
                        "<p>If you feel unable to keep yourself safe, or your life is at risk, "
                        "call <b>999</b> or go to your nearest A&amp;E. For urgent help that is "
                        'not an emergency, contact <a href="https://111.nhs.uk">NHS 111</a> '
                        "online or by calling 111. You can talk to "
                        '<a href="https://www.samaritans.org">Samaritans</a> at any time, day '
                        "or night, by calling <b>116 123</b>. The call is free.</p>"
                    ),
                },
            ),
            ("heading", {"level": "h2", "text": "Within your service", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Your supervisor. Supervision is a legitimate place to talk about the personal impact of the work, not just case management. If your regular supervisor does not feel like the right person, ask about another.",
                        "Your line manager, who can look at your caseload, your clinic template and any reasonable adjustments you might need.",
                        "Occupational health, which you can usually refer yourself to. They can advise you and your employer on what would help you stay at work or return to it.",
                        "Your employer's staff support service or employee assistance programme (EAP), which often offers confidential counselling and advice.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "Outside work", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Your GP is there for you as well as for the people you see in clinic. "
                    "If stress is starting to feel like depression or anxiety, or you are "
                    "struggling to sleep, concentrate or switch off, it is worth booking an "
                    "appointment. Many practitioners find it awkward to be on the other side "
                    "of the conversation. That is normal, and it is still worth doing.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Looking out for colleagues", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>If you are worried about a colleague, a quiet and kind check-in can "
                    "make a real difference. You do not need to fix anything. Asking how they "
                    "are, listening, and reminding them of the options on this page is "
                    "often enough.</p>"
                ),
            ),
        ],
    },
]

POSTS = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "getting-more-from-case-management-supervision",
        "title": "Getting more from case management supervision",
        "summary": (
            "Case management supervision can feel like a race through a list of names. "
            "A few small changes in how you prepare can turn it into something that "
            "genuinely supports your practice."
        ),
        "date": "2026-06-08",
        "authors": ["sam-okonjo"],
        "tags": ["Supervision", "Caseloads", "Practice"],
        "hero": "teal",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Most PWPs I supervise describe case management supervision in one of two "
                    "ways. On a good week it is a steadying hour where someone else helps carry "
                    "the weight of the caseload. On a bad week it is a sprint through a spreadsheet "
                    "while the clock runs down. The difference is rarely about the supervisor or "
                    "the practitioner alone. It is usually about preparation, and about agreeing "
                    "together what the time is for.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Why it matters", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Case management supervision exists so that nobody on your caseload slips "
                    "through the gaps. It is where we notice people who are not improving, people "
                    "who have stopped attending, and people whose risk has changed. It is also where "
                    "a practitioner gets to say, out loud, <i>I am not sure what to do next</i>. "
                    "That second part is easy to squeeze out when time is short, and it is the part "
                    "I would protect first.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Before the session", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>You do not need an elaborate system. Ten minutes the day before is usually "
                    "enough. I ask the people I supervise to sort their caseload into three rough "
                    "groups, so we can spend time where it is needed rather than going through "
                    "everyone in alphabetical order.</p>"
                ),
            ),
            (
                "list",
                {
                    "style": "ol",
                    "items": [
                        "People the service expects you to bring: anyone whose scores have not shifted after several sessions, anyone at or beyond the session limit, and anyone with a change in risk.",
                        "People you want to bring: anyone you feel stuck with, uneasy about, or keep thinking about after clinic.",
                        "Everyone else, who can be reviewed briefly or by exception.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "tone": "tip",
                    "title": "Lead with a question",
                    "text": (
                        "<p>For each person you bring, try to arrive with one clear question. "
                        "<i>Should I step this person up?</i> or <i>How do I end well with someone "
                        "who has improved but is anxious about discharge?</i> gets you much further "
                        "than a long summary.</p>"
                    ),
                },
            ),
            ("heading", {"level": "h2", "text": "During the session", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Start with the people who worry you, not the easy ones. If you leave them "
                    "until the end, they will be the ones rushed. Be honest when something has not "
                    "gone to plan; a good supervisor is far more interested in what you noticed than "
                    "in a perfect record. And if a session has stayed with you emotionally, say so. "
                    "That is supervision business too, even if the agenda does not have a box for it.</p>"
                ),
            ),
            ("heading", {"level": "h3", "text": "A note for supervisors", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>It helps to check at the start how the practitioner is doing before "
                    "looking at anyone on the list. It takes a minute, it tells you a lot, and it "
                    "signals that the person in front of you matters as much as the data. When "
                    "time is tight, agree what will be carried over rather than letting the final "
                    "cases get a hurried nod.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "After the session", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Write down the actions you agreed while they are fresh, and make sure both "
                    "of you hold the same version. If something was left unresolved, put it first "
                    "on the list for next time. Over a few weeks this small habit makes supervision "
                    "feel less like an audit and more like a shared piece of work, which is what it "
                    "was meant to be all along.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "the-first-ten-minutes-of-a-telephone-assessment",
        "title": "The first ten minutes of a telephone assessment",
        "summary": (
            "The opening of a telephone assessment shapes everything that follows. "
            "Here is how I try to use those first few minutes well."
        ),
        "date": "2026-06-22",
        "authors": ["ruth-ellery"],
        "tags": ["Assessment", "Practice"],
        "hero": "amber",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>When I was training, I thought the hard part of a telephone assessment "
                    "would be the questions in the middle. It turned out the hardest part was the "
                    "beginning. Someone has picked up a call from an unknown number, often at a "
                    "time they agreed to weeks ago, and they may be anxious, distracted or not "
                    "entirely sure what our service does. The first ten minutes decide whether "
                    "the rest of the call feels like a conversation or an interrogation.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Getting the practicalities right", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Before anything else, check you are speaking to the right person and that "
                    "they are somewhere they can talk. It sounds obvious, but a surprising number of "
                    "calls go wrong because someone is on a bus, at work, or in a room with people "
                    "who do not know they have been referred. I ask plainly: <i>Is now still a good "
                    "time, and are you somewhere you can speak privately?</i> If the answer is no, "
                    "rebooking is almost always better than pressing on.</p>"
                ),
            ),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Confirm identity in the way your service requires.",
                        "Check privacy and whether they can talk for the full appointment.",
                        "Take a contact number in case the call drops.",
                        "Explain confidentiality and its limits in plain language.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "Setting the scene", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>People are much more relaxed when they know what is going to happen. I tell "
                    "them roughly how long the call will last, that I will ask about what has been "
                    "going on and how it affects day-to-day life, that some questions are routine and "
                    "asked of everyone, and that at the end we will talk about options together. That "
                    "last part matters. It tells them the call is heading somewhere.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Once I started telling people what the call would look like, I noticed "
                        "they stopped trying to tell me everything in the first two minutes."
                    ),
                    "attribution": "A PWP reflecting on their first year, 2025",
                },
            ),
            ("heading", {"level": "h2", "text": "Listening without a face to read", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>On the phone you lose facial expression and body language, so you have to "
                    "work harder with your voice. Short reflections show you are following. Pauses "
                    "that would feel natural face to face can feel like the line has gone dead, so "
                    "a quick <i>I am just writing that down</i> helps. Pay attention to pace, tone "
                    "and what is not said. If someone goes quiet, it is fine to name it gently and "
                    "ask how they are finding the conversation so far.</p>"
                ),
            ),
            (
                "heading",
                {
                    "level": "h3",
                    "text": "Keeping the structure without losing warmth",
                    "anchor": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>An assessment has a job to do in limited time, and you will need to steer. "
                    "Steering kindly is a skill, not a rudeness. Summarising is your best tool: "
                    "<i>Can I check I have understood so far, and then I would like to ask about "
                    "sleep and energy.</i> People rarely mind being guided when they can hear that "
                    "you have been listening.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "note",
                    "title": "Your own preparation counts too",
                    "text": (
                        "<p>A glass of water, a headset that works, your risk prompts within reach and "
                        "two minutes between calls to reset. None of this is indulgent. It is what "
                        "lets you give the next person the same attention as the last.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "guided-self-help-is-not-a-worksheet",
        "title": "Guided self-help is more than handing over a worksheet",
        "summary": (
            "The materials are only half of guided self-help. The guidance, the "
            "relationship and the review are what make it work."
        ),
        "date": "2026-07-06",
        "authors": ["ruth-ellery"],
        "tags": ["Guided self-help", "Practice"],
        "hero": None,
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Every so often someone outside our world describes low-intensity work as "
                    "<i>just giving people leaflets</i>. It stings, partly because it is wrong and "
                    "partly because, on a rushed day, I can see how it might look that way from the "
                    "outside. Guided self-help is a specific way of working, and the word that does "
                    "the heavy lifting is <i>guided</i>.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "What the guidance actually does", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>The written materials hold the method: behavioural activation, cognitive "
                    "restructuring, worry management, graded exposure and the rest. The practitioner "
                    "holds everything else. We help the person see how the method fits their life, "
                    "we notice when it is not landing, we troubleshoot, and we keep momentum going "
                    "between sessions. Without that, even the best workbook tends to end up in a "
                    "drawer.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "inline-1",
                    "alt": "Soft, blurred overlapping circles in sand and warm brown on a cream background",
                    "caption": "Materials and guidance overlap; neither works as well alone.",
                },
            ),
            ("heading", {"level": "h2", "text": "Habits that make the difference", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Review the between-session task first, every time. If you skip it, people quickly learn it does not matter.",
                        "Treat a task that did not happen as information, not failure. What got in the way is often the most useful thing you will hear all session.",
                        "Use the person's own words and examples when you explain a technique.",
                        "Agree tasks that are small enough to be likely to happen. A modest success beats an ambitious plan left undone.",
                        "Check that the format suits them: printed, digital, audio or read together in session.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "When it is not working", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Sometimes a person engages well and still does not improve. Before assuming "
                    "the intervention is wrong, it is worth checking a few things together: whether "
                    "the problem formulation still fits, whether something new has happened in their "
                    "life, and whether the tasks have quietly drifted away from the method. If those "
                    "all look fine, that is a conversation for supervision, and possibly a step-up "
                    "discussion. Not every difficulty is a step 2 difficulty, and that is nobody's "
                    "fault.</p>"
                ),
            ),
            ("heading", {"level": "h3", "text": "The relationship still counts", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Guided self-help sessions are short, and it is tempting to think there is no "
                    "room for the relationship. In my experience it is the opposite. Because time is "
                    "limited, small things carry more weight: remembering what someone told you last "
                    "time, noticing effort, being honest when something is hard. People tell us they "
                    "kept going with a technique because they did not want to let down someone who "
                    "clearly believed they could do it.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "tip",
                    "title": "A quick self-check",
                    "text": (
                        "<p>After a session, ask yourself: did I spend more time explaining the "
                        "material or helping the person apply it? If it is usually the former, try "
                        "sending the reading in advance and using the session for the applying.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Done well, guided self-help is collaborative, evidence-based and genuinely "
                    "empowering. It deserves to be described that way, and we are the best people "
                    "to describe it.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "what-a-caseload-number-does-not-tell-you",
        "title": "What a caseload number doesn't tell you",
        "summary": (
            "Two practitioners with the same caseload size can be having very different "
            "weeks. We look at what the headline number hides."
        ),
        "date": "2026-07-20",
        "authors": ["sam-okonjo", "ruth-ellery"],
        "tags": ["Caseloads", "Wellbeing", "Team culture"],
        "hero": "plum",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Caseload size is the first number anyone looks at, and for good reason. It "
                    "is easy to count and easy to compare. But anyone who has held a caseload knows "
                    "that a figure on a dashboard says very little about how heavy the work feels. "
                    "We wanted to write down some of the things that number leaves out, so that "
                    "practitioners and managers have a shared language for them.</p>"
                ),
            ),
            (
                "heading",
                {"level": "h2", "text": "The same number, two different weeks", "anchor": ""},
            ),
            (
                "paragraph",
                (
                    "<p>Imagine two practitioners, each holding the same number of people. The first "
                    "has a mix of people early in treatment and people close to finishing, a steady "
                    "template and few cancellations. The second has inherited several cases from a "
                    "colleague on leave, has a cluster of people with raised risk, and spent the week "
                    "chasing non-attenders. On paper they are identical. In practice, one of them is "
                    "going home exhausted.</p>"
                ),
            ),
            (
                "table",
                {
                    "table_caption": "Some factors that change how a caseload feels (illustrative)",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Factor", "Why it adds weight", "What can help"],
                        [
                            "Risk monitoring",
                            "More contacts, more documentation, more worry",
                            "Shared risk review in supervision",
                        ],
                        [
                            "Inherited cases",
                            "Time to build rapport and read notes",
                            "Handover time protected in the diary",
                        ],
                        [
                            "Non-attendance",
                            "Admin and follow-up that no template shows",
                            "Clear, agreed opt-in process",
                        ],
                        [
                            "Complex presentations",
                            "Longer preparation and step-up discussions",
                            "Quicker routes to consultation",
                        ],
                        [
                            "Assessment-heavy weeks",
                            "Repeated exposure to distress with no follow-through",
                            "Balancing assessments and treatment",
                        ],
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "Hidden work", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Much of what fills a PWP's week never appears in clinic counts. Letters, "
                    "liaison with GPs, chasing outcome measures, writing up step-up requests and "
                    "preparing for supervision all take real time. When clinic templates are built "
                    "without room for this, it gets done at lunchtime or after hours, and that is "
                    "where fatigue quietly begins.</p>"
                ),
            ),
            ("heading", {"level": "h3", "text": "Questions worth asking as a team", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Does our clinic template include protected time for admin and notes?",
                        "How do we share out inherited cases when someone is away?",
                        "Do we look at the mix of a caseload as well as its size?",
                        "Who notices when one person's caseload has become heavier than it looks?",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "My numbers were fine. It was the three people I was most worried about "
                        "that I was carrying home."
                    ),
                    "attribution": "A qualified PWP, team discussion, 2026",
                },
            ),
            (
                "heading",
                {
                    "level": "h2",
                    "text": "Talking about it without it sounding like a complaint",
                    "anchor": "",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Practitioners sometimes worry that raising caseload concerns will sound like "
                    "not coping. It helps to bring specifics rather than feelings alone: how many "
                    "people are on active risk monitoring, how many hours went on non-clinical tasks, "
                    "what was inherited. Managers, in turn, can make it clear that describing the "
                    "shape of a caseload is useful information, not a weakness. A number is a starting "
                    "point for a conversation, never the end of one.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "making-step-up-decisions-with-confidence",
        "title": "Making step-up decisions without second-guessing yourself",
        "summary": (
            "Deciding that someone needs more than step 2 can offer is part of good "
            "practice. A simple structure can make those decisions clearer and calmer."
        ),
        "date": "2026-08-10",
        "authors": ["sam-okonjo"],
        "tags": ["Assessment", "Supervision", "Practice"],
        "hero": "moss",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Step-up decisions bring out a particular kind of doubt in practitioners. "
                    "Step someone up too quickly and you worry you gave up on them. Hold on too long "
                    "and you worry they have spent weeks on something that was never going to fit. "
                    "Most of the time there is no perfect answer, only a reasonable one, reached "
                    "carefully and written down clearly.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Stepping up is not a failure", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>A stepped care model only works if people move between steps when they need "
                    "to. Recognising that a person needs a different or more intensive intervention "
                    "is exactly what the model asks of us. It is a clinical judgement, and it deserves "
                    "to be treated as one, both by the practitioner making it and by the service "
                    "receiving it.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "A simple structure", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>When a step-up question comes to supervision, I find it helps to work through "
                    "the same few questions each time. It keeps the conversation focused and makes the "
                    "eventual decision easier to explain to the person and to colleagues.</p>"
                ),
            ),
            (
                "list",
                {
                    "style": "ol",
                    "items": [
                        "What is the main problem, and does it still match what we are offering?",
                        "What has been tried, for how long, and how closely did it follow the method?",
                        "What do the outcome measures show, and does that match what the person describes?",
                        "Has anything changed in their life or their risk since treatment began?",
                        "What does the person want, and what do they understand about their options?",
                        "What would a different step offer that this one cannot?",
                    ],
                },
            ),
            (
                "callout",
                {
                    "tone": "important",
                    "title": "Risk comes first",
                    "text": (
                        "<p>If risk has increased, follow your service's risk procedures straight "
                        "away and speak to your supervisor or duty clinician the same day. A step-up "
                        "request is not a substitute for a timely risk response.</p>"
                    ),
                },
            ),
            ("heading", {"level": "h2", "text": "Talking to the person about it", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>How we explain a step-up matters. People can hear it as <i>I was too much "
                    "for them</i> or <i>I did it wrong</i>. It helps to be clear that the decision is "
                    "about matching the help to the difficulty, to acknowledge the effort they have "
                    "made, and to be honest about what happens next, including any wait. Where there "
                    "is a wait, agree what they can keep using from the work you have done together.</p>"
                ),
            ),
            ("heading", {"level": "h3", "text": "Writing it up", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>A good step-up summary is short and specific. It says what the difficulty is, "
                    "what was offered, what changed and what did not, and why a different step is being "
                    "requested. Colleagues at step 3 tell us they value the practitioner's own "
                    "observations; they are often the most useful part of the referral.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Living with uncertainty", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Even with a structure, some decisions will still feel finely balanced. That is "
                    "when supervision earns its keep. Sharing the decision does not mean handing it "
                    "over; it means you are not holding it alone. If you have thought it through, "
                    "discussed it and recorded your reasoning, you have done your job well, whatever "
                    "the outcome turns out to be.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "notes-for-your-trainee-year",
        "title": "Notes for your trainee PWP year",
        "summary": (
            "The training year is intense, rewarding and occasionally bewildering. "
            "Here are some things qualified practitioners wish they had known at the start."
        ),
        "date": "2026-08-31",
        "authors": ["ruth-ellery"],
        "tags": ["Training", "Wellbeing", "Supervision"],
        "hero": "slate",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>September brings a new cohort of trainee PWPs into services across the "
                    "country, and with them a familiar mix of excitement and nerves. I asked some "
                    "colleagues what they would tell their trainee selves. Their answers were "
                    "practical, kind and a little bit rueful, and I have gathered the best of them "
                    "here.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Two worlds at once", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>The trainee year asks you to be a student and a clinician at the same time. "
                    "University days bring theory, role-plays and assignments; service days bring real "
                    "people, real clinics and real responsibility. It is normal to feel that you are "
                    "not doing either as well as you would like. Almost everyone feels this, and it "
                    "does ease as the year goes on.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "I spent the first term convinced everyone else had it worked out. "
                        "It turned out we were all convinced of the same thing."
                    ),
                    "attribution": "A PWP remembering their training year, 2024",
                },
            ),
            ("heading", {"level": "h2", "text": "Things worth doing early", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Ask to listen in on assessments and treatment sessions with several different qualified PWPs. Everyone has a slightly different style and you will borrow from all of them.",
                        "Learn your service's risk procedures before you need them, including who to call when your supervisor is not available.",
                        "Keep a simple log of what you learn in supervision. It becomes invaluable when writing reflective pieces.",
                        "Block out study time in your diary and treat it as seriously as clinic time.",
                        "Find one or two people in your cohort you can be honest with.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "Using supervision as a trainee", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Trainees often feel they should only bring questions they cannot answer "
                    "themselves. In fact, supervision is the place to bring exactly the things you "
                    "are unsure about, including the ones that feel silly. A supervisor would much "
                    "rather hear <i>I did not know what to say when</i> than discover later that you "
                    "carried something alone. It is also fine to say that a session affected you.</p>"
                ),
            ),
            ("heading", {"level": "h3", "text": "On being observed", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Recorded and observed sessions are nerve-racking for nearly everyone. It helps "
                    "to remember that assessors are looking for safe, competent, recognisably "
                    "structured practice, not a flawless performance. A moment where you notice "
                    "something has gone off track and recover it well often shows more skill than a "
                    "session where nothing went wrong.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "note",
                    "title": "Look after the basics",
                    "text": (
                        "<p>Sleep, food, movement and time with people who have nothing to do with "
                        "mental health services. It is easy to let them slip during a busy year, and "
                        "they are what everything else rests on. If you are struggling, our "
                        "support page lists places to turn.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Finally, enjoy it where you can. The training year is one of the few times in "
                    "a career when learning is the main job. You will not get that luxury in quite the "
                    "same way again.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "what-our-team-told-us-a-small-wellbeing-survey",
        "title": "What our team told us: a small wellbeing survey",
        "summary": (
            "We asked our low-intensity team a handful of questions about wellbeing at work. "
            "Here are the results, what surprised us and what we are changing."
        ),
        "date": "2026-09-21",
        "authors": ["sam-okonjo", "ruth-ellery"],
        "tags": ["Wellbeing", "Team culture", "Supervision"],
        "hero": "teal",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Earlier this year our team of PWPs, trainees and senior practitioners agreed "
                    "to answer a short, anonymous wellbeing survey. It was not research, and the "
                    "numbers are small, but it gave us a clearer picture than corridor conversations "
                    "alone. We are sharing it in case it helps other teams start similar conversations. "
                    "The team and the figures are invented for this post, but the shape of the "
                    "results will be familiar to many.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "How we ran it", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Eight statements, each answered on a simple agree or disagree scale.",
                        "One free-text question: what one change would most help your wellbeing at work?",
                        "Anonymous, completed in protected team time, with 18 of 21 people responding.",
                    ],
                },
            ),
            ("heading", {"level": "h2", "text": "The results", "anchor": ""}),
            (
                "table",
                {
                    "table_caption": "Invented team wellbeing survey, 18 respondents",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "data": [
                        ["Statement", "Agree", "Unsure", "Disagree"],
                        [
                            "I feel able to talk about the emotional impact of the work in supervision",
                            "12",
                            "4",
                            "2",
                        ],
                        ["I usually take my full lunch break", "5", "3", "10"],
                        ["I have enough time for admin within working hours", "4", "5", "9"],
                        ["I feel valued by the wider service", "8", "6", "4"],
                        ["I can switch off from work most evenings", "7", "5", "6"],
                        ["I know where to go for support if I am struggling", "14", "3", "1"],
                        ["My clinic template is manageable most weeks", "6", "6", "6"],
                        [
                            "I would recommend this team to a friend training as a PWP",
                            "15",
                            "2",
                            "1",
                        ],
                    ],
                },
            ),
            ("heading", {"level": "h3", "text": "What stood out", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>The good news first: most people knew where to find support and would "
                    "recommend the team. That matters, and it reflects real effort from colleagues "
                    "over several years. The harder news was about time. Over half of the team "
                    "said they rarely took a full lunch break, and only a handful felt they had "
                    "enough time for admin. The free-text answers said the same thing in different "
                    "words: <i>breathing space</i> came up again and again.</p>"
                ),
            ),
            (
                "image",
                {
                    "image": "inline-2",
                    "alt": "Soft, blurred overlapping circles in slate blue and grey on a pale background",
                    "caption": "The results overlapped more than we expected: time, breaks and admin were linked.",
                },
            ),
            ("heading", {"level": "h2", "text": "What we are changing", "anchor": ""}),
            (
                "list",
                {
                    "style": "ol",
                    "items": [
                        "Every clinic template now includes a protected admin slot each day, agreed with service management.",
                        "Lunch breaks are marked in shared diaries, and seniors are modelling actually taking them.",
                        "Supervision agendas start with a brief check-in on how the practitioner is doing.",
                        "We will repeat the survey in six months and share the comparison with the team first.",
                    ],
                },
            ),
            (
                "callout",
                {
                    "tone": "tip",
                    "title": "If you want to try this",
                    "text": (
                        "<p>Keep it short, keep it anonymous, and decide in advance who will see the "
                        "results and when. Most importantly, only ask questions you are prepared to "
                        "act on. A survey that leads nowhere can leave a team feeling worse than "
                        "before.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 8
    {
        "slug": "hearing-hard-stories-in-short-appointments",
        "title": "Hearing hard stories in short appointments",
        "summary": (
            "Low-intensity practitioners often hear difficult experiences at assessment "
            "without seeing what happens next. We talk about the impact and what helps."
        ),
        "date": "2026-10-12",
        "authors": ["ruth-ellery"],
        "tags": ["Wellbeing", "Assessment", "Supervision"],
        "hero": None,
        "hero_alt": "",
        "body": [
            (
                "callout",
                {
                    "tone": "note",
                    "title": "Before you read",
                    "text": (
                        "<p>This post talks in general terms about the emotional impact of hearing "
                        "about distressing experiences at work. It contains no detailed descriptions, "
                        "but if you are feeling depleted at the moment, it is fine to come back to it "
                        "another day.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Assessment work has a particular shape. We meet many people for a single, "
                    "focused conversation, often at the point where they have finally decided to ask "
                    "for help. Some of them will tell us about very painful things. Then, quite "
                    "rightly, many of them move on to another part of the service, and we may never "
                    "hear how things turned out.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Why it can build up", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Therapists who work with people over longer periods often describe seeing "
                    "recovery as something that sustains them. In assessment-heavy roles we get the "
                    "snapshot of distress without the later chapters. Over months and years, those "
                    "snapshots can accumulate. Practitioners describe feeling more irritable, sleeping "
                    "less well, feeling on edge or finding it hard to summon empathy. These are "
                    "understandable responses to the work, not signs of weakness.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "In the session", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>It is part of good practice, not a lack of compassion, to gather only as much "
                    "detail as the assessment needs. Explaining this at the start helps people feel "
                    "heard rather than cut off. Something like <i>I do not need to know the details "
                    "of what happened today; I want to understand how it is affecting you now</i> can "
                    "protect both of you. If someone begins to share more than is needed, gently "
                    "steering back is kind, because reliving details on a first call rarely helps "
                    "them either.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "After the session", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "Take a few minutes before the next call, even if it is only to stand up, breathe and get a drink.",
                        "Notice if one conversation keeps coming back to you, and bring it to supervision.",
                        "Use a small ritual to mark the end of the working day, whether that is a walk, a change of clothes or a particular piece of music.",
                        "Talk with colleagues about how the work feels, not just what needs doing.",
                    ],
                },
            ),
            ("heading", {"level": "h3", "text": "What services can do", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Individual habits help, but they are only half of the picture. Services can "
                    "vary the mix of assessments and treatment in a clinic, make sure supervision has "
                    "room for the emotional impact of the work, and talk openly about these risks in "
                    "induction and training. Naming it early means people recognise it sooner, in "
                    "themselves and in each other.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Nobody had told me it was normal to feel this. The moment someone did, "
                        "it became something I could talk about instead of something I hid."
                    ),
                    "attribution": "A Senior PWP, looking back, 2025",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you recognise yourself in this post, please do talk to someone: your "
                    "supervisor, your manager, occupational health or your GP. Our support page "
                    "lists more options. You deserve the same care you offer others.</p>"
                ),
            ),
        ],
    },
    # ------------------------------------------------------------------ 9
    {
        "slug": "small-habits-that-make-a-team-feel-safe",
        "title": "Small habits that make a team feel safe",
        "summary": (
            "Team culture is built in ordinary moments. Here are some everyday habits "
            "that help low-intensity teams feel safe, connected and able to speak up."
        ),
        "date": "2026-10-26",
        "authors": ["sam-okonjo"],
        "tags": ["Team culture", "Wellbeing"],
        "hero": "amber",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>When people talk about team culture, they often mean big things: away days, "
                    "values statements, staff awards. Those can help. But in my experience, whether a "
                    "team feels safe is decided mostly by small, repeated moments. How people respond "
                    "when someone says they are struggling. Whether questions are welcomed or sighed "
                    "at. Who gets thanked, and for what.</p>"
                ),
            ),
            (
                "heading",
                {"level": "h2", "text": "Why it matters in low-intensity work", "anchor": ""},
            ),
            (
                "paragraph",
                (
                    "<p>PWPs often work in busy, target-driven environments, sometimes split across "
                    "sites or working from home. It is easy to go a whole day without a proper "
                    "conversation with a colleague. In that setting, the small habits of a team carry "
                    "a lot of weight. They are the difference between feeling part of something and "
                    "feeling like a clinic slot.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Habits worth keeping", "anchor": ""}),
            (
                "list",
                {
                    "style": "ul",
                    "items": [
                        "A short check-in at the start of team meetings, where people can say how they are in a word or two.",
                        "Saying thank you specifically: not just ‘thanks for your help’ but what the help made possible.",
                        "Treating a question as a good thing, especially from trainees and newer staff.",
                        "Making it normal to ask for a quick debrief after a difficult call.",
                        "Keeping remote colleagues in the loop, including the informal conversations.",
                        "Leaders admitting their own mistakes, out loud, so that others can too.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "The first time my senior said she had got something wrong that week, "
                        "I felt my shoulders drop. I realised I was allowed to be learning too."
                    ),
                    "attribution": "A PWP in their second qualified year, 2026",
                },
            ),
            ("heading", {"level": "h2", "text": "What gets in the way", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Pressure is the usual culprit. When waiting lists grow, teams can drift into "
                    "survival mode, and the habits above are the first things to go. It is worth "
                    "saying plainly that this is when they matter most. A five-minute check-in costs "
                    "very little compared with the cost of a colleague quietly burning out.</p>"
                ),
            ),
            ("heading", {"level": "h3", "text": "For managers and seniors", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>People take their cues from how leaders behave, far more than from what they "
                    "say. If you tell people to take their breaks but work through yours, the message "
                    "received is the second one. If you say supervision is a safe space but respond "
                    "to honesty with impatience, people will stop being honest. Consistency, not "
                    "grand gestures, is what builds trust.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "tip",
                    "title": "Try this next week",
                    "text": (
                        "<p>Pick one habit from the list and try it for a fortnight. Then ask the team "
                        "whether it made any difference. Small experiments are easier to sustain than "
                        "big programmes, and the team gets a say in what sticks.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------ 10
    {
        "slug": "ending-guided-self-help-well",
        "title": "Ending guided self-help well",
        "summary": (
            "Good endings help people keep their progress. Here is how we plan the last "
            "sessions of guided self-help, and why they are worth the time."
        ),
        "date": "2026-11-16",
        "authors": ["ruth-ellery", "sam-okonjo"],
        "tags": ["Guided self-help", "Caseloads", "Practice"],
        "hero": "plum",
        "hero_alt": "",
        "body": [
            (
                "paragraph",
                (
                    "<p>Endings in low-intensity work can be easy to rush. When the caseload is full "
                    "and the waiting list is long, a final session can shrink to a quick score check "
                    "and a goodbye. Yet the way treatment ends has a real effect on whether people "
                    "keep using what they have learned. A planned ending is part of the intervention, "
                    "not an afterthought.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Start talking about the end early", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>It helps to mention the number of sessions at the very start, and to return to "
                    "it from time to time. <i>We are about halfway through now; how are you feeling "
                    "about where we have got to?</i> is a gentle way of keeping the ending in view. "
                    "People are far less likely to feel abandoned by an ending they saw coming.</p>"
                ),
            ),
            (
                "heading",
                {"level": "h2", "text": "What a good final session includes", "anchor": ""},
            ),
            (
                "list",
                {
                    "style": "ol",
                    "items": [
                        "A review of progress, using both the outcome measures and the person's own description of change.",
                        "A summary of what helped, in their words, written down for them to keep.",
                        "A plan for possible setbacks: early warning signs and what they will do if they notice them.",
                        "Clear information on how to come back to the service if they need to.",
                        "Time to acknowledge the work they have done.",
                    ],
                },
            ),
            (
                "image",
                {
                    "image": "inline-1",
                    "alt": "Soft, blurred overlapping circles in sand and warm brown on a cream background",
                    "caption": "A staying-well plan pulls together the pieces that helped.",
                },
            ),
            (
                "heading",
                {"level": "h3", "text": "When someone is anxious about finishing", "anchor": ""},
            ),
            (
                "paragraph",
                (
                    "<p>Some people have improved a great deal and still feel uneasy about stopping. "
                    "That is understandable, and it is worth exploring rather than reassuring away. "
                    "Sometimes a longer gap before the last session, or a planned follow-up call, can "
                    "help them test things out with a safety net. Check what your service allows, and "
                    "bring it to supervision if you are unsure.</p>"
                ),
            ),
            ("heading", {"level": "h2", "text": "Endings and the practitioner", "anchor": ""}),
            (
                "paragraph",
                (
                    "<p>Endings matter for us too. A good ending is one of the few moments in "
                    "low-intensity work where we get to see the result of our efforts. It is worth "
                    "pausing to notice it. Some teams share anonymised good endings in team meetings, "
                    "which can be a welcome reminder, on a hard week, of why we do this job.</p>"
                ),
            ),
            (
                "callout",
                {
                    "tone": "note",
                    "title": "Unplanned endings",
                    "text": (
                        "<p>Not every ending goes to plan. When someone stops attending, follow your "
                        "service's procedures, check risk where appropriate, and leave the door open "
                        "in any final letter. Unplanned endings are common and are not a judgement on "
                        "your practice.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>An ending done well leaves the person with a clear sense of what they achieved "
                    "and what to do next. For a few minutes of extra care, that is a very good "
                    "return.</p>"
                ),
            ),
        ],
    },
]
