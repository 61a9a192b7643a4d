package dev.archivist.check.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkFixesTest {
    private static final List<UnaryOperator<String>> SAFE_FIXES = List.of(
            LinkFixes::entityInUrl, LinkFixes::trackingParams, LinkFixes::urlAsText,
            LinkFixes::slackMarkup, LinkFixes::trimLinkText);

    /** Hard texts modelled on the corpus, and what all safe link fixes together make of them. */
    static List<String[]> hardCases() {
        return List.of(
            new String[] {
                "see [https://x.example/a?utm_source=x&amp;utm_medium=y](https://x.example/a?utm_source=x&amp;utm_medium=y) now",
                "see <https://x.example/a> now"},
            new String[] {
                "[https://a.com/x](https://a.com/x)<https://b.com|b>",
                "<https://a.com/x>[b](https://b.com)"},
            new String[] {
                "buy it: [https://www.amazon.com/Deep-Learning/dp/1617296724/ref=sr_1_1?crid=2NB&amp;dchild=1&amp;keywords=deep&amp;qid=1611&amp;s=books&amp;sr=1-1](https://www.amazon.com/Deep-Learning/dp/1617296724/ref=sr_1_1?crid=2NB&amp;dchild=1&amp;keywords=deep&amp;qid=1611&amp;s=books&amp;sr=1-1)",
                "buy it: <https://www.amazon.com/Deep-Learning/dp/1617296724>"},
            new String[] {
                "[Amazon](https://www.amazon.co.uk/dp/B0C37FPH3D?ref_=ast_author_mpb&amp;qid=1700000000)",
                "[Amazon](https://www.amazon.co.uk/dp/B0C37FPH3D)"},
            new String[] {
                "talk: [https://www.youtube.com/watch?v=Xy7pQ2mLk0A&amp;t=95s&amp;si=Qm3ZtE8rVb1yWn4K](https://www.youtube.com/watch?v=Xy7pQ2mLk0A&amp;t=95s&amp;si=Qm3ZtE8rVb1yWn4K)",
                "talk: <https://www.youtube.com/watch?v=Xy7pQ2mLk0A&t=95s>"},
            new String[] {
                "old ad: [http://shop.example/?fbclid=IwAR3&amp;gclid=EAIa](http://shop.example/?fbclid=IwAR3&amp;gclid=EAIa)",
                "old ad: <http://shop.example/>"},
            new String[] {
                "[https://c.example/t?_ga=2.18&amp;_gl=1*1x2y3z*_ga*MTIz](https://c.example/t?_ga=2.18&amp;_gl=1*1x2y3z*_ga*MTIz)",
                "<https://c.example/t>"},
            new String[] {
                "see <https://x.example/?utm_source=slack&amp;utm_medium=chat|the docs> or <https://y.example/p?a=1&amp;b=2|https://y.example/p?a=1&amp;b=2>",
                "see [the docs](https://x.example/) or <https://y.example/p?a=1&b=2>"},
            new String[] {
                "bare https://b.example/y?id=3&amp;utm_campaign=z. and <https://a.example/?a=1&amp;fbclid=2>",
                "bare https://b.example/y?id=3. and <https://a.example/?a=1>"},
            new String[] {
                "For K8S, [Determined.ai](https://www.determined.ai/blog/k8s)[ is one option](https://www.determined.ai/blog/k8s)  (it works)",
                "For K8S, [Determined.ai](https://www.determined.ai/blog/k8s) [is one option](https://www.determined.ai/blog/k8s)  (it works)"},
            new String[] {
                "basic logic from [Apache Heron ](https://heron.apache.org/)(we are both contributors)",
                "basic logic from [Apache Heron](https://heron.apache.org/) (we are both contributors)"},
            new String[] {
                "write to <mailto:ana@example.org|ana@example.org>, ask in <#C01F53D373M|shameless-promotion>, ping <@U0123ABC>",
                "write to <ana@example.org>, ask in #shameless-promotion, ping <@U0123ABC>"},
            new String[] {
                "&gt; quoted question https://q.example/?utm_source=x\nanswer `curl https://c.example/?utm_source=a&amp;b` done\n"
                        + "```\nhttps://f.example/?fbclid=1&amp;x=[y](https://f.example/?gclid=2)\n```",
                "&gt; quoted question https://q.example/\nanswer `curl https://c.example/?utm_source=a&amp;b` done\n"
                        + "```\nhttps://f.example/?fbclid=1&amp;x=[y](https://f.example/?gclid=2)\n```"},
            new String[] {
                "[https://www.brighttalk.com/webcast/9059/553113?utm_source=portal&amp;utm_medium[…]m=result](https://www.brighttalk.com/webcast/9059/553113?utm_source=portal&amp;utm_medium=web&amp;utm_term=result)",
                "[https://www.brighttalk.com/webcast/9059/553113?utm_source=portal&amp;utm_medium[…]m=result](https://www.brighttalk.com/webcast/9059/553113)"});
    }

    @ParameterizedTest
    @MethodSource("hardCases")
    void allSafeFixesTogetherGiveTheSameTextInEveryOrder(String before, String after) {
        for (List<UnaryOperator<String>> order : permutations(SAFE_FIXES)) {
            assertEquals(after, fixpoint(before, order));
        }
    }

    @ParameterizedTest
    @MethodSource("hardCases")
    void everyFixIsIdempotent(String before, String ignored) {
        for (UnaryOperator<String> fix : SAFE_FIXES) {
            String once = fix.apply(before);
            assertEquals(once, fix.apply(once));
        }
    }

    @Test
    void entityFixTouchesUrlsOnlyNotProse() {
        String text = "Barnes &amp; Noble: [B&amp;N](https://b.example/?a=1&amp;b=2) and R&amp;D";
        assertEquals("Barnes &amp; Noble: [B&amp;N](https://b.example/?a=1&b=2) and R&amp;D", LinkFixes.entityInUrl(text));
    }

    @Test
    void urlAsTextKeepsLinksWhoseTextDiffers() {
        String text = "[the paper](https://arxiv.org/abs/1911.03274) and [https://arxiv.org/abs/1](https://arxiv.org/abs/2)";
        assertEquals(text, LinkFixes.urlAsText(text));
    }

    @Test
    void urlAsTextNeedsAUrlAnAutolinkCanHold() {
        String text = "[https://x.example/a b](<https://x.example/a b>)";
        assertEquals(text, LinkFixes.urlAsText(text));
    }

    @Test
    void trimmingNeverBreaksEmphasisAroundTheLink() {
        String text = "**[ bold link ](https://x.example)**";
        assertEquals(text, LinkFixes.trimLinkText(text));
    }

    @Test
    void trimmingAtTheEndOfALineLeavesNoTrailingSpace() {
        assertEquals("see [the docs](https://x.example/)\nnext",
                LinkFixes.trimLinkText("see [ the docs ](https://x.example/)\nnext"));
    }

    @Test
    void aUrlRewriteAppliesToEveryFormOfLink() {
        String text = "[a](http://x.example/1) <http://x.example/1> http://x.example/1 <http://x.example/1|x> "
                + "[http://x.example/1](http://x.example/1)";
        String https = LinkFixes.rewriteUrls(text, u -> u.equals("http://x.example/1") ? "https://x.example/1" : u);
        assertEquals(text.replace("http://", "https://"), https);
    }

    private static String fixpoint(String text, List<UnaryOperator<String>> order) {
        String now = text;
        for (int round = 0; round < 8; round++) {
            String next = now;
            for (UnaryOperator<String> fix : order) {
                next = fix.apply(next);
            }
            if (next.equals(now)) {
                return now;
            }
            now = next;
        }
        throw new AssertionError("no fixpoint for " + text);
    }

    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> p : permutations(rest)) {
                List<T> withFirst = new ArrayList<>();
                withFirst.add(first);
                withFirst.addAll(p);
                out.add(withFirst);
            }
        }
        return out;
    }
}
