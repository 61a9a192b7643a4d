package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingRulesTest {
    private final TrackingRules rules = TrackingRules.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        https://blog.example.com/post?utm_source=news&utm_medium=email                    | https://blog.example.com/post
        https://blog.example.com/post?id=7&utm_source=news&page=2                         | https://blog.example.com/post?id=7&page=2
        https://shop.example.com/?gclid=EAIa&fbclid=IwAR&mc_cid=1&mc_eid=2&msclkid=3      | https://shop.example.com/
        https://www.oreilly.com/library/view/x/123/?_gl=1*abc*_ga*MTIz                    | https://www.oreilly.com/library/view/x/123/
        https://conf.example.org/talk?_ga=2.1.2-99#slides                                  | https://conf.example.org/talk#slides
        https://x.example/?UTM_Source=a&q=caf%C3%A9+cr%C3%A8me                            | https://x.example/?q=caf%C3%A9+cr%C3%A8me
        """)
    void globalTrackingParametersGoAndTheRestKeepsOrderAndEncoding(String before, String after) {
        assertEquals(after, rules.clean(before));
    }

    @Test
    void amazonLosesItsRefPathSegmentAndSearchParameters() {
        String url = "https://www.amazon.com/Deep-Learning-Structured-Data/dp/1617296724/ref=sr_1_1"
                + "?crid=2NBP30UIUGEOS&dchild=1&keywords=deep+learning&qid=1611328706&s=books&sprefix=deep%2Cstripbooks&sr=1-1";
        assertEquals("https://www.amazon.com/Deep-Learning-Structured-Data/dp/1617296724", rules.clean(url));
    }

    @Test
    void amazonRefUnderscoreParameterAndOtherCountries() {
        assertEquals("https://www.amazon.co.uk/dp/B0C37FPH3D",
                rules.clean("https://www.amazon.co.uk/dp/B0C37FPH3D?ref_=ast_author_mpb&qid=1"));
        assertEquals("https://www.amazon.de/dp/1098765432/",
                rules.clean("https://www.amazon.de/dp/1098765432/ref=dp_ob_title_bk/"));
    }

    @Test
    void amazonAffiliateTagIsKept() {
        assertEquals("https://www.amazon.com/dp/B0C37FPH3D/?tag=arj0a-20",
                rules.clean("https://www.amazon.com/dp/B0C37FPH3D/?tag=arj0a-20&qid=1"));
    }

    @Test
    void amazonSearchPagesKeepTheirKeywords() {
        String search = "https://www.amazon.com/s?k=tidy+pipelines&keywords=x&ref=nb_sb_noss";
        assertEquals(search, rules.clean(search));
    }

    @Test
    void youtubeKeepsVideoAndTimeButNotTheShareId() {
        assertEquals("https://www.youtube.com/watch?v=Xy7pQ2mLk0A&t=95s",
                rules.clean("https://www.youtube.com/watch?v=Xy7pQ2mLk0A&t=95s&si=Qm3ZtE8rVb1yWn4K"));
        assertEquals("https://youtu.be/Xy7pQ2mLk0A?t=12",
                rules.clean("https://youtu.be/Xy7pQ2mLk0A?si=Lr9sPc2NaHt5WkQe&t=12"));
        assertEquals("https://www.youtube.com/watch?v=a&list=PL1&index=2",
                rules.clean("https://www.youtube.com/watch?v=a&feature=youtu.be&list=PL1&index=2"));
    }

    @Test
    void slackEscapedSeparatorsAreSeparatorsToo() {
        assertEquals("https://x.example/a?id=1&amp;page=2",
                rules.clean("https://x.example/a?utm_source=x&amp;id=1&amp;utm_medium=y&amp;page=2"));
        assertEquals("https://x.example/a", rules.clean("https://x.example/a?utm_source=x&amp;utm_medium=y"));
    }

    @Test
    void googleSearchKeepsTheQueryOnly() {
        assertEquals("https://www.google.com/search?q=horovod+github",
                rules.clean("https://www.google.com/search?q=horovod+github&rlz=1C5CHFA_enUS921US921&oq=horovod"
                        + "&aqs=chrome.3.69i57j0i20&sourceid=chrome&ie=UTF-8"));
    }

    @Test
    void siteParametersStayOnOtherSites() {
        // `ref` is tracking on Amazon, a branch on GitHub; `s` and `t` are tracking on Twitter only
        String github = "https://github.com/org/repo/blob/main/x.py?ref=main";
        assertEquals(github, rules.clean(github));
        assertEquals("https://example.org/?s=search&t=5", rules.clean("https://example.org/?s=search&t=5"));
        assertEquals("https://twitter.com/x/status/1", rules.clean("https://twitter.com/x/status/1?t=rrN80&s=19"));
    }

    @Test
    void slackArchiveLinksKeepTheirThread() {
        String slack = "https://datatalks-club.slack.com/archives/C01H403LKG8/p163?thread_ts=1632.4886&cid=C01H403LKG8";
        assertEquals(slack, rules.clean(slack));
    }

    @Test
    void aSiteThatKeepsEverythingIsLeftAlone() {
        String builder = "https://ga-dev-tools.google/campaign-url-builder/?utm_source=x";
        assertEquals(builder, rules.clean(builder));
    }

    @Test
    void whatIsNotAWebUrlIsLeftAlone() {
        for (String s : List.of("mailto:a@b.org?utm_source=x", "not a url ?utm_source=1", "")) {
            assertEquals(s, rules.clean(s));
        }
    }

    @Test
    void cleaningIsIdempotentAndNamesWhatWasRemoved() {
        String url = "https://www.amazon.com/dp/1/ref=x?qid=1&th=1&utm_source=y";
        TrackingRules.Cleaned once = rules.cleaned(url);
        assertEquals(List.of("/ref=x", "qid", "utm_source"), once.removed());
        assertEquals("https://www.amazon.com/dp/1?th=1", once.url());
        assertEquals(once.url(), rules.clean(once.url()));
    }

    @Test
    void rulesAreReadFromData() {
        String yaml = """
            global:
              remove: [trk_*]
            sites:
              - name: Example
                hosts: [example.*]
                remove: [src]
                keep: [trk_keep]
            """;
        TrackingRules custom = TrackingRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("https://example.co.uk/?trk_keep=1&a=2",
                custom.clean("https://example.co.uk/?trk_a=1&trk_keep=1&src=x&a=2"));
        assertEquals("https://other.org/?src=x", custom.clean("https://other.org/?trk_b=0&src=x"));
    }
}
