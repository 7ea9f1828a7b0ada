package org.salestrack.ingest.watch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a watched folder that the watcher considers: data files at its top level (not in processed/
 * or failed/), without the temporary names that browsers, editors and copy tools use while writing.
 */
public final class WatchFiles {
    public static final String PROCESSED = "processed";
    public static final String FAILED = "failed";

    private WatchFiles() {}

    /** The candidate files and their stamps, by file name. A folder that is missing scans as empty. */
    public static Map<String, FileStamp> scan(Path folder) throws IOException {
        Map<String, FileStamp> out = new TreeMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!isCandidate(name)) continue;
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) out.put(name, new FileStamp(a.size(), a.lastModifiedTime().toMillis()));
                } catch (NoSuchFileException gone) {
                    // moved away between the listing and the look
                }
            }
        } catch (NoSuchFileException e) {
            return out;
        }
        return out;
    }

    static boolean isCandidate(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith(".") || n.startsWith("~$") || n.endsWith(".reason.txt")) return false;
        if (n.endsWith(".tmp") || n.endsWith(".part") || n.endsWith(".crdownload") || n.endsWith(".partial")) return false;
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt") || n.endsWith(".xlsx") || n.endsWith(".json")
                || n.endsWith(".jsonl");
    }
}
