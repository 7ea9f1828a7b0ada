package org.salestrack.ui.imports;

import java.nio.file.Path;
import java.util.List;
import org.salestrack.ingest.profile.MappingProfile;

/** The first rows of a file as read, and the profile that matched its header (null when none did). */
public record FilePreview(Path file, List<String> header, List<List<String>> rows, MappingProfile profile, String problem) {}
