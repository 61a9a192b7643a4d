package dev.archivist.check.encoding;

import com.sun.management.OperatingSystemMXBean;
import dev.archivist.check.CheckContext;
import dev.archivist.io.read.ArchiveReader;
import dev.archivist.model.ArchiveDocument;
import dev.archivist.model.Problem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Times the encoding check for the README: {@code EncodingBenchmark FILE...} ({@code -Drounds=5},
 * {@code -DwarmUp=true} to load the emoji table while the file is read).
 * Each round checks the same parsed page; the first also pays for loading and compiling the code
 * (and jemoji's emoji table). Process CPU includes the JIT and GC threads and the parallel chunks.
 * Not a unit test: speed is measured here, outside the test suite.
 */
public final class EncodingBenchmark {

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        if (Boolean.getBoolean("warmUp")) {
            EncodingCheck.prepare();
        }
        for (String arg : args) {
            long readWall = System.nanoTime();
            long readCpu = os.getProcessCpuTime();
            ArchiveDocument doc = ArchiveReader.read(Path.of(arg));
            System.out.printf("== %s: read %d ms wall, %d ms process CPU%n", arg,
                    (System.nanoTime() - readWall) / 1_000_000, (os.getProcessCpuTime() - readCpu) / 1_000_000);
            for (int round = 1; round <= Integer.getInteger("rounds", 5); round++) {
                long wall = System.nanoTime();
                long thread = threads.getCurrentThreadCpuTime();
                long process = os.getProcessCpuTime();
                List<Problem> problems = new EncodingCheck().check(CheckContext.of(doc, null));
                System.out.printf("round %d: %d problems, %d ms wall, %d ms main-thread CPU, %d ms process CPU%n",
                        round, problems.size(), (System.nanoTime() - wall) / 1_000_000,
                        (threads.getCurrentThreadCpuTime() - thread) / 1_000_000, (os.getProcessCpuTime() - process) / 1_000_000);
            }
        }
    }
}
