package org.salestrack.ingest.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The profiles the app knows: those shipped in the jar (one per sample source) and those the user saved
 * in the workspace's profiles folder. A saved profile with the name of a shipped one replaces it.
 */
public final class ProfileLibrary {
    private final Path userDir;
    private final List<MappingProfile> profiles;

    private ProfileLibrary(Path userDir, List<MappingProfile> profiles) {
        this.userDir = userDir;
        this.profiles = profiles;
    }

    /** @param userDir where the user's own profiles are saved; may be null */
    public static ProfileLibrary load(Path userDir) {
        Map<String, MappingProfile> byName = new java.util.LinkedHashMap<>();
        for (MappingProfile p : bundled()) byName.put(p.name(), p);
        if (userDir != null && Files.isDirectory(userDir)) {
            try (Stream<Path> files = Files.list(userDir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    MappingProfile p = ProfileCodec.read(f);
                    byName.put(p.name(), p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read profiles in " + userDir, e);
            }
        }
        return new ProfileLibrary(userDir, List.copyOf(byName.values()));
    }

    public List<MappingProfile> all() { return profiles; }

    public java.util.Optional<MappingProfile> byName(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Saves a profile the user built, so later files from that source are recognised. */
    public Path save(MappingProfile p) throws IOException {
        if (userDir == null) throw new IOException("this workspace has no folder for profiles");
        ProfileCodec.checkRequired(p, p.name());
        Files.createDirectories(userDir);
        Path f = userDir.resolve(p.name().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + ".json");
        ProfileCodec.write(p, f);
        return f;
    }

    private static List<MappingProfile> bundled() {
        URL url = ProfileLibrary.class.getResource("/profiles");
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readAll(fs.getPath("/profiles"));
            }
            return readAll(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the shipped mapping profiles", e);
        }
    }

    private static List<MappingProfile> readAll(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        List<MappingProfile> out = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                out.add(ProfileCodec.read(in, "profiles/" + f.getFileName()));
            }
        }
        return out;
    }
}
