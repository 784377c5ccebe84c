"""Reader comments and likes for the demo posts.

Every commenter here is invented, and so is every address (example.com and
example.org only). Nobody mentions a client.

``PEOPLE`` are the demo's readers. ``"reader"`` numbers their like-cookie id
(the loader writes it as 32 hex digits), so their comments and likes read as
coming from one browser.

``DISCUSSIONS`` holds, for each post slug, how many readers liked the post and
its comments in the order they were written. A comment's ``"by"`` is a key of
``PEOPLE``, or ``"author"`` for the post's own (staff) author replying from
their account. ``"reply_to"`` names an earlier comment's ``"key"`` on the same
post, so parents always come before their replies. ``"after"`` is how long
after the post's date the comment was sent, as (days, "HH:MM"), and grows
through each conversation. ``"likes"`` counts readers who liked the comment.
``"state"`` is ``"awaiting"`` or ``"spam"`` for the two comments a moderator
would find waiting; every other comment is published.
"""

PEOPLE = {
    "priya": {
        "name": "Priya Mistry",
        "email": "priya.mistry@example.com",
        "url": "",
        "reader": 101,
    },
    "tom": {
        "name": "Tom Hadley",
        "email": "tom.hadley@example.org",
        "url": "",
        "reader": 102,
    },
    "aisha": {
        "name": "Aisha Begum",
        "email": "aisha.b@example.org",
        "url": "",
        "reader": 103,
    },
    "marcus": {
        "name": "Marcus Tait",
        "email": "marcus.tait@example.com",
        "url": "",
        "reader": 104,
    },
    "jo": {
        "name": "Jo Whitfield",
        "email": "jo.whitfield@example.org",
        "url": "",
        "reader": 105,
    },
    "eleanor": {
        "name": "Eleanor Price",
        "email": "eleanor.price@example.org",
        "url": "",
        "reader": 106,
    },
    "helen": {
        "name": "Helen Ward, step 2 team lead",
        "email": "helen.ward@example.org",
        "url": "",
        "reader": 107,
    },
    "dan": {
        "name": "Dan",
        "email": "dan.k@example.com",
        "url": "",
        "reader": 108,
    },
    "kemi": {
        "name": "Kemi Adeyemi",
        "email": "kemi.adeyemi@example.com",
        "url": "",
        "reader": 109,
    },
    "lucy": {
        "name": "Lucy",
        "email": "lucy.trainee@example.com",
        "url": "",
        "reader": 110,
    },
    "spammer": {
        "name": "Top Grade Essay Helper",
        "email": "offers@essays.example.com",
        "url": "https://essays.example.com/",
        "reader": "",
    },
}

HELD_REASON = "First comment from this address"

DISCUSSIONS = [
    {
        "post": "notes-for-your-trainee-year",
        "likes": 24,
        "comments": [
            {
                "key": "applying",
                "by": "priya",
                "after": (2, "20:14"),
                "likes": 9,
                "text": (
                    "I've been going back and forth about applying for a trainee PWP post all "
                    "summer. I'm an assistant in a community team at the moment and kept "
                    "wondering whether I was ready for the jump. Reading this, especially the "
                    "part about being a student and a clinician at the same time, made the year "
                    "sound hard but honest, which was exactly what I needed to hear. I sent my "
                    "application off last night. Thank you for writing it."
                ),
            },
            {
                "key": "applying-reply",
                "reply_to": "applying",
                "by": "author",
                "after": (3, "08:05"),
                "likes": 5,
                "text": (
                    "This made my morning, Priya. Good luck! If you're invited to interview, "
                    "it's completely fine to ask what supervision looks like for trainees in "
                    "that service. A good team will be glad you asked."
                ),
            },
            {
                "key": "interview-question",
                "reply_to": "applying-reply",
                "by": "priya",
                "after": (3, "12:31"),
                "likes": 1,
                "text": (
                    "I wouldn't have thought to ask that, so I've written it down. Would it be "
                    "strange to also ask how they support trainees on the days the course and "
                    "the clinic both want something from you?"
                ),
            },
            {
                "key": "interview-answer",
                "reply_to": "interview-question",
                "by": "author",
                "after": (3, "18:47"),
                "likes": 4,
                "text": (
                    "Not strange at all. It tells them you've thought about what the year "
                    "actually involves. Listen for whether study days are protected in "
                    "practice and not only on paper, and whether there's a named person to go "
                    "to when your supervisor is off. Let us know how you get on."
                ),
            },
            {
                "key": "applying-cheer",
                "reply_to": "applying",
                "by": "tom",
                "after": (4, "21:02"),
                "likes": 3,
                "text": (
                    "Go for it! I came through the same route and the assistant experience "
                    "helped more than I expected, mostly with the pace of the clinic days. "
                    "Find your people in the cohort early. Mine still have a group chat four "
                    "years on."
                ),
            },
            {
                "key": "supervision-list",
                "by": "aisha",
                "after": (6, "13:20"),
                "likes": 7,
                "text": (
                    "One thing I'd add to the list: keep a running note of questions for "
                    "supervision and add to it as things come up during the week. By the time "
                    "supervision came round I'd forgotten half of what I wanted to ask, and the "
                    "half I remembered was always the least important."
                ),
            },
            {
                "key": "reading-question",
                "by": "lucy",
                "after": (9, "22:48"),
                "state": "awaiting",
                "text": (
                    "I start my training in October and I'm saving this for the wobbly weeks. "
                    "Does anyone have tips for fitting the reading around clinic days? I've "
                    "heard the first term is a lot."
                ),
            },
            {
                "key": "essay-offer",
                "by": "spammer",
                "after": (11, "03:16"),
                "state": "spam",
                "text": (
                    "GREAT POST!!! Struggling with your assignments? Our expert writers finish "
                    "any essay in 24 hours, guaranteed top marks, 100% original!!! Order now at "
                    "essays.example.com and get 50% OFF your first three essays. Limited time "
                    "only!!!"
                ),
            },
        ],
    },
    {
        "post": "guided-self-help-is-not-a-worksheet",
        "likes": 17,
        "comments": [
            {
                "key": "blank-sheet",
                "by": "marcus",
                "after": (1, "19:05"),
                "likes": 11,
                "text": (
                    "A small thing that's worked for me: I ask people to bring the sheet back "
                    "even if it's blank. A blank sheet usually opens a better conversation than "
                    "a full one, and nobody walks in feeling they've failed their homework "
                    "before we've started."
                ),
            },
            {
                "key": "reading-together",
                "reply_to": "blank-sheet",
                "by": "jo",
                "after": (2, "07:52"),
                "likes": 4,
                "text": (
                    "Borrowing this. I've also started reading the first page together in "
                    "session when someone tells me reading feels like a chore. It costs five "
                    "minutes and saves the next two sessions."
                ),
            },
            {
                "key": "step-3-view",
                "by": "eleanor",
                "after": (5, "12:40"),
                "likes": 6,
                "text": (
                    "I'm a high-intensity therapist and I'll admit I used to underestimate "
                    "step 2 work. Then I sat in on a colleague's guided self-help clinic. "
                    "Doing something useful in half an hour, again and again, all day, is a "
                    "skill in its own right. This post puts it better than I could."
                ),
            },
        ],
    },
    {
        "post": "what-a-caseload-number-does-not-tell-you",
        "likes": 31,
        "comments": [
            {
                "key": "caseload-mix",
                "by": "helen",
                "after": (2, "17:36"),
                "likes": 12,
                "text": (
                    "Team lead here, and I'll be taking this to our next team meeting. A while "
                    "ago we started looking at the mix on each caseload (who is newly "
                    "assessed, who is close to discharge, where we're keeping an eye on risk) "
                    "instead of the total on its own. Supervision got noticeably more honest "
                    "once people stopped feeling judged on one number."
                ),
            },
            {
                "key": "admin-time",
                "reply_to": "caseload-mix",
                "by": "dan",
                "after": (3, "21:10"),
                "likes": 8,
                "text": (
                    "I wish more managers thought like this. If the letters and phone calls "
                    "around appointments were counted anywhere, my week would look very "
                    "different on paper."
                ),
            },
            {
                "key": "admin-half-day",
                "reply_to": "admin-time",
                "by": "helen",
                "after": (4, "09:22"),
                "likes": 6,
                "text": (
                    "Agreed, Dan. We've begun protecting a half-day a fortnight for exactly "
                    "that work. It isn't perfect and it does get squeezed in busy weeks, but "
                    "it's on the rota now, and it means we can talk about it openly."
                ),
            },
        ],
    },
    {
        "post": "getting-more-from-case-management-supervision",
        "likes": 14,
        "comments": [
            {
                "key": "one-question",
                "by": "kemi",
                "after": (3, "18:55"),
                "likes": 5,
                "text": (
                    "Newly qualified and this changed how I prepare. I used to bring a summary "
                    "of everyone; now I write down one question for each person I'm bringing. "
                    "Supervision feels shorter and somehow covers more."
                ),
            },
        ],
    },
]
