package dev.archivist.gui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    /** The three runs of a side: before the change, the marked change, after it. */
    private static List<String> runs(String before, String after, boolean beforeSide) {
        return BeforeAfter.runs(before, after, beforeSide).stream().map(Text::getText).toList();
    }

    private static void noRunCutsASurrogatePair(String before, String after) {
        for (boolean side : new boolean[] {true, false}) {
            for (String run : runs(before, after, side)) {
                assertFalse(!run.isEmpty() && Character.isLowSurrogate(run.charAt(0)), "a run starts inside a pair: " + run);
                assertFalse(!run.isEmpty() && Character.isHighSurrogate(run.charAt(run.length() - 1)), "a run ends inside a pair: " + run);
            }
        }
    }

    @Test
    void twoEmojiThatShareTheirFirstHalfAreMarkedWhole() {
        // 😀 is D83D DE00, 😃 D83D DE03: only the second UTF-16 unit differs
        noRunCutsASurrogatePair("smile 😀 &amp; more", "smile 😃 & more");
        assertEquals(List.of("smile ", "😀 &amp;", " more"), runs("smile 😀 &amp; more", "smile 😃 & more", true));
        assertEquals(List.of("smile ", "😃 &", " more"), runs("smile 😀 &amp; more", "smile 😃 & more", false));
    }

    @Test
    void aTextChangedRightNextToAnEmojiLeavesTheEmojiWhole() {
        noRunCutsASurrogatePair("😀&amp;😃", "😀&😃");
        assertEquals(List.of("😀&", "amp;", "😃"), runs("😀&amp;😃", "😀&😃", true));
    }

    @Test
    void aSkinToneAZwjSequenceAndAVariationSelectorAreMarkedWhole() {
        assertEquals(List.of("ok ", "👍🏻", "!"), runs("ok 👍🏻!", "ok 👍🏽!", true));
        assertEquals(List.of("a ", "👨‍👩‍👧", " b"), runs("a 👨‍👩‍👧 b", "a 👨‍👩‍👦 b", true));
        // the selector makes the heart an emoji: both shown whole, the selector not spelled out
        assertEquals(List.of("love ", "❤", ""), runs("love ❤", "love ❤\uFE0F", true));
        assertEquals(List.of("love ", "❤\uFE0F", ""), runs("love ❤", "love ❤\uFE0F", false));
    }

    @Test
    void aStraySelectorIsShownByItsCodeAndAnEmojiSelectorIsNot() {
        // the selector belongs to the letter before it: the two are one character on screen, marked together
        assertEquals(List.of("", "a⟨U+FE0F⟩", "b"), runs("a\uFE0Fb", "ab", true));
        assertEquals(List.of("", "a", "b"), runs("a\uFE0Fb", "ab", false));
    }

    @Test
    void theContextAroundALongChangeIsNotCutInsideAnEmoji() {
        String head = "a" + "😀".repeat(40);
        noRunCutsASurrogatePair(head + "x" + head, head + "y" + head);
    }
}
