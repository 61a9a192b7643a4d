#!/usr/bin/env python3
"""Writes samples/book-of-the-week.md, an invented "book of the week" archive.

The page imitates a Slack export that was never cleaned: the metadata header
is hand-written in the old style (quoted strings, `authors: [a, b]` flow list
with a raw name, `links: ` with a trailing space, a blank line before
`archive:`), the archive is PyYAML's `yaml.dump(..., sort_keys=False)` without
`allow_unicode`, so non-ASCII comes out as `\\xNN` `\\uNNNN` `\\UNNNNNNNN` escapes
and long lines fold at 80 columns. The texts carry every fault Archivist
checks for (see samples/README.md). All people, books and messages are
invented.

Deterministic: run it again and the output is byte-identical.

    python3 samples/tools/make_book_of_the_week.py
"""

import os

import yaml

BOOK_ID = "20220321-tidy-pipelines"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "book-of-the-week.md")

# The book's authors as their _people pages spell them, and the variants they post under.
MARIA = "Mar\u00eda N\u00fa\u00f1ez"             # canonical title of _people/marianunez.md
MARIA_NO_ACCENT = "Maria Nunez"                    # accents dropped
MARIA_LOWER = "mar\u00eda n\u00fa\u00f1ez"         # lower case
MARIA_PRONOUNS = "Mar\u00eda N\u00fa\u00f1ez (she/her)"
MARIA_NICK = "Mari"                                # nickname
TOMASZ = "Tomasz Kowalski"
TOMASZ_FIRST = "Tomasz"                            # first name alone
HOST = "Kenji Watanabe"

ZWSP = "\u200b"
NBSP = "\u00a0"
SHY = "\u00ad"


def t(name, text, *replies):
    thread = {"name": name, "text": text}
    thread["replies"] = [{"name": n, "text": x} for n, x in replies]
    return thread


ARCHIVE = [
    t(HOST,
      "Hi everyone :wave::skin-tone-3: This week we have <@U0123ABC> and <@U0456DEF> "
      "with their book \u201cTidy Pipelines: Practical Data Engineering with Python\u201d. "
      "Ask your questions in this channel until Friday, the authors will answer them. "
      "The two best questions win a copy of the book. If you\u2019re new here, say hi in "
      "<#C0123ABC|general> first.",
      (MARIA, "Hello! Thanks for having us, we\u2019re looking forward to your questions "
              ":slightly_smiling_face:"),
      (TOMASZ, "Hi all, happy to be here.")),

    t("Lukas Becker",
      "What does \u201ctidy\u201d mean for a pipeline? Is it the same idea as tidy data "
      "(one observation per row & one variable per column) or something else?",
      (MARIA, "Related but not the same. A tidy pipeline is one where every step has one "
              "input, one output and no hidden state, so you can rerun any step on its own "
              "&amp; get the same result. We borrowed the word on purpose, the tidy data "
              "paper was a big influence: "
              "[https://www.jstatsoft.org/article/view/v059i10](https://www.jstatsoft.org/article/view/v059i10)"),
      ("Lukas Becker", "Makes sense, thanks!")),

    t("Chlo\u00e9 Dubois",
      "We template our SQL with Jinja and end up with things like "
      "`SELECT * FROM &lt;schema&gt;.&lt;table&gt;` in a dozen places. Does the book have an "
      "opinion on templated SQL versus building queries in Python?",
      (TOMASZ, "It does, chapter 5. Short version: template the identifiers, never the "
               "values. Something like this:\n"
               "```\n"
               "# see https://jinja.palletsprojects.com/en/3.0.x/templates/?highlight=escape#html-escaping\n"
               "query = render(\"select * from {{ schema }}.{{ table }} where day &lt; :day\")\n"
               "conn.execute(query, {\"day\": run_date})\n"
               "```\n"
               "and the values go through the driver\u2019s parameters."),
      ("Chlo\u00e9 Dubois", "Clear, thank you. We do the opposite today \U0001F605")),

    t("Sofia Rossi",
      "Is the book already out in print? I only found the ebook.",
      (MARIA_NO_ACCENT, "The print version ships next month. You can preorder it here: "
                        "[https://www.amazon.com/Tidy-Pipelines-Practical-Engineering-Python/dp/1098765432/ref=sr_1_3?crid=3QW8ZK1PLX&amp;keywords=tidy+pipelines&amp;qid=1647856321&amp;sr=8-3]"
                        "(https://www.amazon.com/Tidy-Pipelines-Practical-Engineering-Python/dp/1098765432/ref=sr_1_3?crid=3QW8ZK1PLX&amp;keywords=tidy+pipelines&amp;qid=1647856321&amp;sr=8-3)"),
      ("Sofia Rossi", "Preordered :tada:")),

    t("Rahul Mehta",
      "Two questions from our team:\n"
      "&gt; How do you test a pipeline that reads from a production database?\n"
      "&gt; How much of that testing should run in CI?\n"
      "Curious how you handle it in your own projects.",
      (MARIA_LOWER, "&gt; How do you test a pipeline that reads from a production database?\n"
                    "We don\u2019t, at least not in unit tests. We record a small sample once, "
                    "scrub it, and keep it next to the tests as fixtures.\n"
                    "&gt; How much of that testing should run in CI?\n"
                    "All of the unit tests, and one end-to-end run on the fixtures. "
                    "Anything that needs real data runs nightly, not on every push."),
      ("Rahul Mehta", "That\u2019s roughly what we do, good to hear it\u2019s not crazy.")),

    t("Ada Okafor",
      "Is the code from the book under an open source licence? I\u2019d like to reuse the "
      "retry helpers at work.",
      (TOMASZ, "yes"),
      (TOMASZ, "MIT, the licence file is in the repository."),
      ("Ada Okafor", "+1")),

    t("Bj\u00f6rn Lindqvist",
      "Hi Mar\u00eda! How do you approach backfills? Every time we backfill a year of data something "
      "breaks in a way that never shows up in the daily runs.",
      (MARIA_PRONOUNS, "Backfills get their own chapter because of exactly this. What helps:\n"
                       "\u25e6 run the backfill through the same code path as the daily job\n"
                       "\u25e6 partition by day and make every partition idempotent\n"
                       "\u25e6 cap the concurrency, your warehouse will thank you\n"
                       "    \u25aa start with 4 parallel days\n"
                       "    \u25aa raise it only after a full week ran clean\n"
                       "and write down how long a day takes, so you know when to worry "
                       ":slightly_smiling_face:"),
      ("Bj\u00f6rn Lindqvist", "The same code path point hurts, we have a separate script "
                               "for backfills. Time to delete it.")),

    t("Nguy\u1ec5n Thu H\u00e0",
      "You mention \u201cdata contracts\u201d a few times. Is there a good reference for "
      "the idea?",
      (TOMASZ, "here is the paper:"),
      (TOMASZ, "[https://arxiv.org/abs/2203.01234](https://arxiv.org/abs/2203.01234) it\u2019s "
               "short and readable, chapter 3 of the book follows it closely."),
      ("Nguy\u1ec5n Thu H\u00e0", "C\u1ea3m \u01a1n! Thank you!")),

    t("Olumide Adeyemi",
      "Do you cover streaming at all, or is the book only about batch?",
      (MARIA_NICK, "Mostly batch. There\u2019s one chapter on micro-batches, because most "
                   "teams who think they need streaming are fine with a job every five "
                   "minutes. We don\u00e2\u20ac\u2122t cover Flink or Kafka Streams, that would "
                   "be another book."),
      ("Olumide Adeyemi", "Fair, we\u2019re probably one of those teams. The caf\u00c3\u00a9 "
                          "example in chapter 8 is exactly our setup.")),

    t("Hannah Schmidt",
      "Question about naming: do you prefix tables with the layer" + ZWSP + " (raw_, stg_, "
      "mart_) or use separate schemas? We argued about it for a week" + NBSP + "and still "
      "don\u2019t agree on a con" + SHY + "vention.",
      (TOMASZ, "Schemas. Prefixes leak into every query and make renames painful. The one "
               "exception is when your warehouse makes schemas expensive."),
      ("Hannah Schmidt", "Schemas it is" + NBSP + "then.")),

    t("Diego Fern\u00e1ndez",
      "Is there a talk where you present the main ideas? I\u2019m more of a video person.",
      (MARIA, "I gave one at a meetup last autumn: "
              "[https://www.youtube.com/watch?v=Xy7pQ2mLk0A&amp;t=95s&amp;si=Qm3ZtE8rVb1yWn4K]"
              "(https://www.youtube.com/watch?v=Xy7pQ2mLk0A&amp;t=95s&amp;si=Qm3ZtE8rVb1yWn4K) "
              "and the short version is "
              "[https://youtu.be/Xy7pQ2mLk0A?si=Lr9sPc2NaHt5WkQe](https://youtu.be/Xy7pQ2mLk0A?si=Lr9sPc2NaHt5WkQe)"),
      ("Diego Fern\u00e1ndez", "Gracias \U0001F64F")),

    t("Aisha Rahman",
      "Small thing: in the ebook some apostrophes show up as I\\u2019m or don\\u2019t "
      "instead of the character. Is that my reader or the file?",
      (TOMASZ, "The file, sorry about that: a conversion step escaped them. It\\u2019s fixed "
               "in the next release."),
      ("Aisha Rahman", "Thanks!")),

    t("Pedro Alves",
      "Would you be open to giving a talk at our company about the book?",
      (TOMASZ, "Sure, write to <mailto:tomasz@tidypipelines.example.org|tomasz@tidypipelines.example.org> "
               "or <tel:+15551234567|call> our publisher\u2019s events team. The details "
               "are on <https://tidypipelines.example.org/talks|the talks page>, and the "
               "slides from earlier talks are at <https://tidypipelines.example.org/slides>."),
      ("Pedro Alves", "Great, I\u2019ll write this week.")),

    t("Emily Carter",
      "I found you through a newsletter, it linked to this interview: "
      "[https://blog.example.com/2022/03/interview-tidy-pipelines?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=march]"
      "(https://blog.example.com/2022/03/interview-tidy-pipelines?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=march) "
      "What was the hardest chapter to write?",
      (MARIA, "Testing, by far. We rewrote it three times. There is a longer answer in our "
              "conference talk page: "
              "[https://conf.example.org/2021/sessions/tidy?_ga=2.18121953.20394.1647000000-99&amp;_gl=1*1x2y3z*_ga*MTIz]"
              "(https://conf.example.org/2021/sessions/tidy?_ga=2.18121953.20394.1647000000-99&amp;_gl=1*1x2y3z*_ga*MTIz)"),
      ("Emily Carter", "The ad I clicked later had even more junk in it: "
                       "[https://tidypipelines.example.org/?gclid=EAIaIQobChMI8v7x&amp;fbclid=IwAR3kQm2Zp]"
                       "(https://tidypipelines.example.org/?gclid=EAIaIQobChMI8v7x&amp;fbclid=IwAR3kQm2Zp)")),

    t("Jan Nov\u00e1k",
      "Which courses would you recommend before reading the book? I did the "
      "[fast.ai](http://fast.ai) course and some SQL, nothing else.",
      (TOMASZ_FIRST, "That\u2019s plenty. If you know what [pipelines.py](http://pipelines.py) "
                     "in our repo does after reading it once, you\u2019re ready. For SQL I "
                     "still like http://sqlzoo.example.net/ for practice."),
      ("Jan Nov\u00e1k", "We run a few [instances... ](http://instances.be) of Airflow, is "
                         "that a problem for the examples?"),
      (TOMASZ, "No, the examples don\u2019t depend on the scheduler.")),

    t("Yusuf Demir",
      "Where is the backfill example from chapter 4 in the repository? I couldn\u2019t find it.",
      (MARIA, "Here: "
              "[https://github.com/tidy-pipelines/book-code/blob/main/ch04/[\u2026]/backfill.py]"
              "(https://github.com/tidy-pipelines/book-code/blob/main/ch04/jobs/nightly/backfill.py) "
              "and the README explains how to run it, see [ the docs ](https://tidy-pipelines.github.io/book-code/ch04/)"),
      ("Yusuf Demir", "Found it, thanks.")),

    t("Ingrid Solberg",
      "I watched the recording of your meetup talk. At what time do you explain the "
      "retry policy? I&#39;d like to show that part to my team.",
      (MARIA, "0:45"),
      ("Ingrid Solberg", "Perfect, thanks!")),

    t("Wei Zhang",
      "Honest question: how many of the war stories in the book are yours? The one about "
      "the pipeline that deleted itself made me laugh \U0001F602",
      (TOMASZ, "All of them, unfortunately \U0001F602 That one cost me a weekend."),
      (MARIA, ":thank_you: for reading that far!")),

    t("Carlos Mendes",
      "Do you have a checklist for reviewing a new pipeline before it goes to production?",
      ("Carlos Mendes", ""),
      (MARIA, "Appendix B! Ownership, alerts, a rerun button, a data retention rule and "
              "one person who is not the author who has run it.")),

    t("Fatima Zahra",
      "Will there be a second edition with dbt examples? Half of our pipelines are dbt "
      "models now.",
      (TOMASZ, "Maybe. The ideas carry over, but the examples would look quite different."),
      ("Fatima Zahra", "+1 for a dbt edition"),
      ("Ada Okafor", "+1")),

    t("Lukas Becker",
      "How do you version data? We version code carefully but the tables just change "
      "under us.",
      (MARIA, "Snapshots for anything slowly changing, and an append-only log for facts. "
              "Then \u201cwhich version\u201d becomes a date filter. Chapter 6 goes through "
              "it with an example of a price table that changes every night."),
      ("Lukas Becker", "So the date is the version. Simple, I like it.")),

    t("Ada Okafor",
      "What do you think of notebooks in production?",
      (TOMASZ, "They\u2019re a great place to find out what the pipeline should do and a "
               "bad place to run it. We move the code to modules once it runs twice."),
      ("Ada O.", "Twice is a good rule of thumb, stealing it.")),

    t("Sofia Rossi",
      "How do you deal with time zones? Our sources are in three of them and one of "
      "them doesn\u2019t say which.",
      (MARIA_NO_ACCENT, "Convert to UTC at the edge, keep the original value in a "
                        "separate column, and write the assumed zone of the silent source "
                        "into the pipeline\u2019s config, not into the code. Then when "
                        "someone finds out it was wrong, it\u2019s a one-line change.")),

    t("Rahul Mehta",
      "Which orchestrator do you use in the book?",
      (TOMASZ, "None in particular. The examples are plain Python functions with a tiny "
               "runner, and there\u2019s an appendix that maps them to three popular "
               "schedulers."),
      ("Rahul Mehta", "Nice, that keeps the book from aging too fast.")),

    t("Chlo\u00e9 Dubois",
      "Do you log row counts for every step? It feels like a lot of noise.",
      (MARIA_PRONOUNS, "Every step, yes, but into a table, not into the logs. Then you can "
                       "plot them and the noise becomes a chart that tells you when "
                       "something is off: a 40% drop in rows is easy to see &amp; hard to "
                       "miss."),
      ("Chlo\u00e9 Dubois", "Into a table, of course. Why didn\u2019t we think of that.")),

    t("Hannah Schmidt",
      "Which chapter would you read first if you only had one evening?",
      (MARIA, "Chapter 2, idempotence. Everything else builds on it."),
      (TOMASZ, "Same answer, for once we agree \U0001F604")),

    t("Olumide Adeyemi",
      "How do you convince management to spend time on this kind of cleanup?",
      (TOMASZ, "Count the hours spent on reruns and manual fixes for a month and show the "
               "number. It\u2019s usually bigger than anyone expects &gt; the cost of the "
               "cleanup."),
      ("Olumide Adeyemi", "Going to try that, thanks.")),

    t("Bj\u00f6rn Lindqvist",
      "Any advice for schema changes in upstream sources we don\u2019t control?",
      (MARIA_NICK, "Validate on read and fail loudly. A pipeline that stops is annoying; "
                   "one that silently loads garbage for a month is much worse. We list "
                   "the checks we use in chapter 7:\n"
                   "\u25e6 column names and types\n"
                   "\u25e6 null rates\n"
                   "\u25e6 value ranges for the columns that matter")),

    t("Diego Fern\u00e1ndez",
      "What are you reading at the moment?",
      (MARIA, "A novel, for a change. No pipelines in it as far as I can tell."),
      (TOMASZ, "A book about bridges. It\u2019s surprisingly relevant.")),

    t(HOST,
      "That\u2019s a wrap for this week! Thank you " + MARIA + " and " + TOMASZ + " for "
      "all the answers :thank_you: The winners of the two copies will be announced "
      "in <#C0123ABC|general> on Monday.",
      (MARIA, "Thank you all, this was fun! :raised_hands:"),
      (TOMASZ, "Thanks everyone \U0001F64C")),
]

HEADER = """\
---
title: "Tidy Pipelines: Practical Data Engineering with Python"
description: "Book of the Week. Tidy Pipelines by Mar\u00eda N\u00fa\u00f1ez and Tomasz Kowalski"
cover: "images/books/{id}/cover.jpg"
image: "images/books/{id}/preview.jpg"
start: 2022-03-21 00:00:00
end: 2022-03-25 22:59:58
authors: [marianunez, Tomasz Kowalski]
links: \n\
  - text: Book's page
    link: https://www.example-press.com/books/tidy-pipelines
  - text: Page on Amazon
    link: https://www.amazon.com/Tidy-Pipelines-Practical-Engineering-Python/dp/1098765432/ref=sr_1_1?keywords=tidy+pipelines&qid=1647820800&sr=8-1
  - link: https://github.com/tidy-pipelines/book-code
  - text: Book's GitHub repository
    link: https://github.com/tidy-pipelines/book-code
  - text: Book's page
    link: https://www.example-press.com/books/tidy-pipelines

""".format(id=BOOK_ID)

BODY = """\
---

Your pipelines work, but nobody wants to touch them. Tidy Pipelines shows how to
turn a pile of scripts into small steps you can rerun, test and explain.

**What you will learn**

* Make every step idempotent, so reruns and backfills stop being scary
* Test pipelines without a copy of production
* Handle schema changes, late data and time zones on purpose
"""


def main():
    archive = yaml.dump({"archive": ARCHIVE}, sort_keys=False)
    # PyYAML resolves `0:45` as a string (its sexagesimal int needs a leading 1-9),
    # so it writes it plain; YAML 1.1 readers such as Ruby's Psych read it as the
    # integer 45. The exported page has it quoted, the way a careful export would.
    plain = "\n    text: 0:45\n"
    assert archive.count(plain) == 1
    archive = archive.replace(plain, "\n    text: '0:45'\n")
    text = HEADER + archive + BODY
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
