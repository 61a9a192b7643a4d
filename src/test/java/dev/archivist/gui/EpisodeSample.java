package dev.archivist.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small podcast episode written for the tests, in a temporary site with the sample people. */
public final class EpisodeSample {
    public static final String TEXT = """
            ---
            title: 'Data Pipelines: Tidy & Tested'
            short: Tidy Pipelines
            season: 7
            episode: 6
            guests:
            - adaokafor
            - nobodyknown
            image: images/podcast/tidy.jpg
            ids:
              anchor: Tidy-Pipelines-e1eq73v
              youtube: 0Gqx1LtqRZU
            links:
              anchor: https://anchor.fm/datatalksclub/episodes/Tidy-Pipelines-e1eq73v
              youtube: https://www.youtube.com/watch?v=0Gqx1LtqRZU
            description: 'Tidy pipelines: tests, contracts and the people who keep them.'
            intro: How do you keep a pipeline tidy? <br><br> We talk about tests.
            topics:
            - data engineering
            - practices
            dateadded: 2022-02-27
            duration: PT01H05M29S
            quotableClips:
            - name: Podcast Introduction
              startOffset: 0
              url: https://www.youtube.com/watch?v=0Gqx1LtqRZU&t=0
              endOffset: 63
            - name: 'Guest Background: From Econometrics'
              startOffset: 63
              url: https://www.youtube.com/watch?v=0Gqx1LtqRZU&t=63
              endOffset: 311
            transcript:
            - header: Podcast Introduction
            - line: This week we talk about tidy pipelines. Welcome, Ada.
              sec: 63
              time: '1:03'
              who: Alexey
            - line: Thanks for having me.
              sec: 83
              time: '1:23'
              who: Ada
            - header: Guest Background
            - line: Tell us about your career.
              sec: 311
              time: '5:11'
              who: Alexey
            mood: calm
            ---
            Notes below the front matter.
            """;

    private EpisodeSample() {
    }

    /** The episode in {@code dir/_podcast} with the sample people beside it; returns the page. */
    public static Path site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_people"));
        Files.createDirectories(dir.resolve("_podcast"));
        try (var people = Files.list(Samples.DIR.resolve("_people"))) {
            for (Path p : people.toList()) {
                Files.copy(p, dir.resolve("_people").resolve(p.getFileName()));
            }
        }
        Path page = dir.resolve("_podcast/tidy-pipelines.md");
        Files.writeString(page, TEXT);
        return page;
    }
}
