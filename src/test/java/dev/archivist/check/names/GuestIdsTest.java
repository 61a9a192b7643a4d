package dev.archivist.check.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archivist.check.CheckContext;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.Kind;
import dev.archivist.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestIdsTest {
    @TempDir
    Path dir;

    private List<Problem> guests(SiteFixture site, String folder) throws Exception {
        Path page = site.root().resolve(folder + "/e.md");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "---\ntitle: Ep\nguests:\n- annlee\n- Bo Chen\n- nobody\n- Sam Same\n---\n\nNotes.\n");
        return new NamesCheck().check(CheckContext.of(ArchiveReader.read(page), site.site())).stream()
                .filter(p -> p.kind() == Kind.GUEST_ID).toList();
    }

    @Test
    void aGuestThatIsNotAPeopleIdIsReportedAsAnAuthorIdIs() throws Exception {
        SiteFixture site = SiteFixture.with(dir, Map.of("annlee", "Ann Lee", "bochen", "Bo Chen",
                "sam1", "Sam Same", "sam2", "Sam Same"));
        List<Problem> found = guests(site, "_podcast");
        assertEquals(List.of("guests[1]", "guests[2]", "guests[3]"), found.stream().map(Problem::where).toList());
        assertTrue(found.get(0).safelyFixable());
        assertEquals("bochen", found.get(0).fix().after());
        assertTrue(found.get(1).message().contains("guests:"), found.get(1).message());
        assertTrue(!found.get(2).safelyFixable(), "two pages have that title");
        assertTrue(guests(site, "_books").isEmpty(), "guests are an episode's");
    }
}
