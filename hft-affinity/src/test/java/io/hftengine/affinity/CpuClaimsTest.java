package io.hftengine.affinity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two engines on one host planned and pinned the same CPUs and busy-spun against each other:
 * pinning is a per-thread affinity call that knows nothing of other processes. A CPU claimed by
 * one process must be refused to another (a child JVM here, as a second engine would be), named
 * with the holder's pid, and free again once the claim is closed or its process killed. Every
 * test uses a directory of its own, never the host-wide default.
 */
class CpuClaimsTest
{
    /** Child exit codes: the CPUs were free, held by someone else, or something else failed. */
    static final int FREE = 0;
    static final int REFUSED = 3;
    static final int OTHER = 4;

    private static final long PID = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    /**
     * A second engine: {@code claim} claims and releases, {@code probe} asks which are held,
     * {@code hold} claims, prints {@code held} and waits to be killed.
     */
    public static final class OtherEngine
    {
        private OtherEngine()
        {
        }

        public static void main(final String[] args) throws InterruptedException, IOException
        {
            final CpuClaims claims = CpuClaims.at(Path.of(args[1]));
            final CpuSet cpus = CpuSet.parse(args[2]);
            try
            {
                switch (args[0])
                {
                    case "claim" -> claims.claim(cpus).close();
                    case "lock", "probing" ->
                    {
                        // An engine between taking the lock and writing its pid, or one probing.
                        final FileChannel channel = FileChannel.open(claims.directory().resolve("cpu-" + cpus.toArray()[0]
                            + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                        channel.lock(0, Long.MAX_VALUE, "probing".equals(args[0]));
                        System.out.println("locked");
                        System.out.flush();
                        Thread.sleep(120_000);
                    }
                    case "probe" ->
                    {
                        final CpuClaims.Held held = claims.heldByOthers(cpus);
                        System.out.println(held.describe());
                        System.exit(held.cpus().isEmpty() ? FREE : REFUSED);
                    }
                    default ->
                    {
                        final CpuClaims.Claim claim = claims.claim(cpus);
                        System.out.println("held " + claim.cpus().format());
                        System.out.flush();
                        Thread.sleep(120_000);
                    }
                }
            }
            catch (final IllegalStateException e)
            {
                System.out.println(e.getMessage());
                System.exit(REFUSED);
            }
            catch (final RuntimeException e)
            {
                e.printStackTrace(System.out);
                System.exit(OTHER);
            }
            System.exit(FREE);
        }
    }

    @AfterEach
    void killChildren()
    {
        children.forEach(Process::destroyForcibly);
    }

    private Process child(final String what, final String cpus) throws Exception
    {
        return child(what, dir, cpus);
    }

    private Process child(final String what, final Path directory, final String cpus) throws Exception
    {
        final String classPath = String.join(File.pathSeparator, nonEmpty(System.getProperty("java.class.path")),
            nonEmpty(System.getProperty("jdk.module.path")));
        final Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classPath, OtherEngine.class.getName(), what, directory.toString(), cpus).redirectErrorStream(true).start();
        children.add(child);
        return child;
    }

    /** Runs a child to its end; its exit code, and its output kept in {@code lastOutput}. */
    private int otherEngine(final String what, final String cpus) throws Exception
    {
        return otherEngine(what, dir, cpus);
    }

    private int otherEngine(final String what, final Path directory, final String cpus) throws Exception
    {
        final Process child = child(what, directory, cpus);
        lastOutput = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not end");
        final int code = child.exitValue();
        assertTrue(code == FREE || code == REFUSED, "child failed (" + code + "): " + lastOutput);
        return code;
    }

    private String lastOutput = "";

    private static String nonEmpty(final String path)
    {
        return path == null ? "" : path;
    }

    @Test
    void aCpuClaimedHereIsRefusedToAnotherProcessWhichIsToldThisPidAndFreeOnceClosed() throws Exception
    {
        final CpuClaims claims = CpuClaims.at(dir);
        try (CpuClaims.Claim claim = claims.claim(CpuSet.parse("1-3")))
        {
            assertEquals(CpuSet.parse("1-3"), claim.cpus());
            // Probed in this JVM first: the answer comes from the registry, and must not have
            // dropped the claim's OS locks by opening and closing their files.
            assertEquals(CpuSet.parse("1-3"), claims.heldByOthers(CpuSet.parse("0-4")).cpus());
            assertEquals(REFUSED, otherEngine("probe", "0-7"));
            assertTrue(lastOutput.contains("1-3 (pid " + PID + ")"), lastOutput);
            assertEquals(REFUSED, otherEngine("claim", "3-4"));
            assertTrue(lastOutput.contains("cpus 3 (pid " + PID + ")") && lastOutput.contains("another engine"),
                lastOutput);
            assertEquals(FREE, otherEngine("claim", "4-5"), "cpus nobody holds are free: " + lastOutput);
        }
        assertEquals(FREE, otherEngine("claim", "1-3"), "free once the claim is closed: " + lastOutput);
        assertTrue(claims.heldByOthers(CpuSet.parse("0-7")).cpus().isEmpty());
    }

    @Test
    void aClaimOfAnotherProcessIsNamedByItsPidAndDiesWithItsProcess() throws Exception
    {
        final Process holder = child("hold", "2-3");
        final BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        final String line = out.readLine();
        assertEquals("held 2-3", line, "the holder did not claim its cpus");
        final CpuClaims claims = CpuClaims.at(dir);
        final CpuClaims.Held held = claims.heldByOthers(CpuSet.parse("0-7"));
        assertEquals(CpuSet.parse("2-3"), held.cpus());
        assertEquals(holder.pid(), held.pidOf(2));
        final IllegalStateException refused = assertThrows(IllegalStateException.class,
            () -> claims.claim(CpuSet.parse("1-2")));
        assertTrue(refused.getMessage().contains("cpus 2 (pid " + holder.pid() + ")"), refused.getMessage());
        assertTrue(claims.heldByOthers(CpuSet.of(1)).cpus().isEmpty(), "a refused claim takes nothing");

        holder.destroyForcibly(); // kill -9: no close, no shutdown hook
        assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        assertTrue(claims.heldByOthers(CpuSet.parse("0-7")).cpus().isEmpty(), "the OS released the dead one's locks");
        try (CpuClaims.Claim claim = claims.claim(CpuSet.parse("1-3")))
        {
            assertEquals(CpuSet.parse("1-3"), claim.cpus());
        }
    }

    @Test
    void twoClaimsInOneJvmDoNotShareACpuAndACloseReleasesOnlyItsOwn() throws Exception
    {
        final CpuClaims claims = CpuClaims.at(dir);
        final CpuClaims.Claim first = claims.claim(CpuSet.parse("1-2"));
        final IllegalStateException refused = assertThrows(IllegalStateException.class,
            () -> CpuClaims.at(dir.resolve(".")).claim(CpuSet.parse("2-3")));
        assertTrue(refused.getMessage().contains("2 (this process, pid " + PID + ")"), refused.getMessage());
        final CpuClaims.Claim second = claims.claim(CpuSet.parse("3-4"));
        assertEquals(CpuSet.parse("1-4"), claims.heldByOthers(CpuSet.parse("0-7")).cpus());
        first.close();
        first.close(); // twice is harmless
        assertEquals(CpuSet.parse("3-4"), claims.heldByOthers(CpuSet.parse("0-7")).cpus());
        assertEquals(REFUSED, otherEngine("claim", "4"), "the second claim kept its lock: " + lastOutput);
        second.close();
        assertTrue(claims.heldByOthers(CpuSet.parse("0-7")).cpus().isEmpty());
    }

    @Test
    void claimFilesAreTheOwnersOnlyAndEmptiedOnRelease() throws Exception
    {
        try (CpuClaims.Claim claim = CpuClaims.at(dir.resolve("nested/cpus")).claim(CpuSet.of(5)))
        {
            final Path file = dir.resolve("nested/cpus/cpu-5.lock");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix"))
            {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
            assertEquals(CpuSet.of(5), claim.cpus());
        }
        // The pid is recorded while held (a child reads it: aCpuClaimedHere...); read here only
        // after the close, as opening a held claim's file in its own process drops the lock. A
        // released claim leaves no pid behind to be read as the next holder's.
        assertEquals("", Files.readString(dir.resolve("nested/cpus/cpu-5.lock")));
    }

    @Test
    void aClaimedFileReachedUnderAnotherNameIsHeldByThisProcessAndKeepsItsLock() throws Exception
    {
        // Closing any descriptor of a locked file drops the process's POSIX lock: a claim file
        // linked into another directory (symlink or hard link) must never be opened and closed.
        final Path held = dir.resolve("held");
        final Path symlinked = Files.createDirectories(dir.resolve("symlinked"));
        final Path hardLinked = Files.createDirectories(dir.resolve("hard-linked"));
        try (CpuClaims.Claim claim = CpuClaims.at(held).claim(CpuSet.of(1)))
        {
            Files.createSymbolicLink(symlinked.resolve("cpu-1.lock"), held.resolve("cpu-1.lock"));
            Files.createLink(hardLinked.resolve("cpu-1.lock"), held.resolve("cpu-1.lock"));
            for (final Path other : List.of(symlinked, hardLinked))
            {
                final CpuClaims.Held probed = CpuClaims.at(other).heldByOthers(CpuSet.of(1));
                assertEquals(PID, probed.pidOf(1), other.toString());
                final IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> CpuClaims.at(other).claim(CpuSet.of(1)));
                assertTrue(refused.getMessage().contains("this process"), refused.getMessage());
                assertEquals(REFUSED, otherEngine("probe", held, "1"), "the claim lost its lock via " + other
                    + ": " + lastOutput);
            }
            assertEquals(CpuSet.of(1), claim.cpus());
        }
    }

    @Test
    void aHolderThatHasNotWrittenItsPidYetIsNotNamedByTheLastOnesPid() throws Exception
    {
        CpuClaims.at(dir).claim(CpuSet.of(2)).close(); // this process held cpu 2 before
        final Process holder = child("lock", "2");
        final BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine(), "the child did not lock");
        final CpuClaims.Held held = CpuClaims.at(dir).heldByOthers(CpuSet.of(2));
        assertEquals(CpuSet.of(2), held.cpus());
        assertEquals(-1, held.pidOf(2), "a released claim's pid named as the holder: " + held.describe());
        assertTrue(!held.describe().contains("this process"), held.describe());
    }

    @Test
    void aClaimedFileDeletedAndMadeAgainIsStillThisJvmsCpu() throws Exception
    {
        final CpuClaims claims = CpuClaims.at(dir);
        try (CpuClaims.Claim claim = claims.claim(CpuSet.of(3)))
        {
            Files.delete(dir.resolve("cpu-3.lock"));
            assertEquals(PID, claims.heldByOthers(CpuSet.of(3)).pidOf(3));
            assertThrows(IllegalStateException.class, () -> claims.claim(CpuSet.of(3)));
            assertEquals(CpuSet.of(3), claim.cpus());
        }
        assertTrue(claims.heldByOthers(CpuSet.of(3)).cpus().isEmpty());
    }

    @Test
    void anotherEngineProbingACpuDoesNotMakeItLookHeld() throws Exception
    {
        final Process prober = child("probing", "4");
        final BufferedReader out = new BufferedReader(new InputStreamReader(prober.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine(), "the child did not lock");
        final CpuClaims.Held held = CpuClaims.at(dir).heldByOthers(CpuSet.parse("4-5"));
        assertTrue(held.cpus().isEmpty(), "planned around a cpu nobody holds: " + held.describe());
    }

    @Test
    void theDefaultDirectoryIsUnderDevShmWhereThereIsOne()
    {
        final Path expected = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm/hft-engine/cpus")
            : Path.of(System.getProperty("java.io.tmpdir"), "hft-engine", "cpus");
        assertEquals(expected, CpuClaims.defaultDirectory());
    }
}
