package org.salestrack.ingest.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.salestrack.ingest.Pseudonymiser;
import org.salestrack.ingest.profile.FormatSpec;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.read.FileSniffer;
import org.salestrack.ingest.read.TableReader;
import org.salestrack.ingest.read.TableSources;
import org.salestrack.ingest.read.UnreadableFileException;
import org.salestrack.ingest.read.XlsxTableReader;
import org.salestrack.model.Message;

/**
 * Finds a file's header row (below any title banner) and the profile it matches, then hands back a
 * {@link RowStream} positioned just after the header. With several candidate profiles the closest match
 * wins; with none matching the file is refused with the columns it does have.
 */
public final class TableLocator {
    /** How many rows to look through for the header: title banners are rarely longer. */
    private static final int HEADER_SCAN = 30;

    private TableLocator() {}

    /** What was found: the profile, where its header is, and how the file was read. */
    public record Located(MappingProfile profile, RowStream rows, int headerRow, String sheet, String charset,
                          char delimiter, FileSniffer.Type type) {}

    public static Located locate(Path file, List<MappingProfile> candidates, Pseudonymiser pseudonymiser) throws IOException {
        FormatSpec format = candidates.size() == 1 ? candidates.get(0).format() : FormatSpec.AUTO;
        int sheets = 1;
        boolean xlsx = false;
        List<String> firstRows = List.of();
        for (int sheet = 0; sheet < sheets; sheet++) {
            TableSources.Opened opened = TableSources.open(file, format, sheet);
            if (opened.type() == FileSniffer.Type.XLSX && sheet == 0 && format.sheet() == null) {
                xlsx = true;
                sheets = opened.sheets();
            }
            TableReader reader = opened.reader();
            // a hidden sheet (an old copy, a lookup) is not what the person exporting meant: only a profile naming it reads it
            if (xlsx && reader instanceof XlsxTableReader x && x.hidden()) {
                reader.close();
                continue;
            }
            boolean handedOver = false;
            try {
                Deque<List<String>> rows = new ArrayDeque<>();
                Deque<Integer> rowNos = new ArrayDeque<>();
                for (int i = 0; i < HEADER_SCAN; i++) {
                    List<String> r = reader.next();
                    if (r == null) break;
                    rows.add(r);
                    rowNos.add(reader.rowNumber());
                }
                if (sheet == 0) firstRows = new ArrayList<>(rows.isEmpty() ? List.of() : rows.peek());
                List<Set<String>> cells = new ArrayList<>(rows.size());
                for (List<String> r : rows) cells.add(HeaderMatcher.cells(r));
                MappingProfile best = null;
                int bestScore = -1;
                int bestIndex = -1;
                for (MappingProfile p : candidates) {
                    int fixed = p.format().headerRow();
                    int i = 0;
                    for (Set<String> r : cells) {
                        int rowNo = i + 1;
                        if (fixed <= 0 || fixed == rowNo) {
                            int s = HeaderMatcher.score(p, r);
                            if (s > bestScore) {
                                best = p;
                                bestScore = s;
                                bestIndex = i;
                            }
                            if (s >= 0) break;
                        }
                        i++;
                    }
                }
                if (best == null) {
                    if (rows.isEmpty() && sheet == sheets - 1) throw new UnreadableFileException(Message.of("import.reason.no_rows"));
                    continue;
                }
                List<String> header = null;
                int headerRowNo = 0;
                for (int i = 0; i <= bestIndex; i++) {
                    header = rows.poll();
                    headerRowNo = rowNos.poll();
                }
                RowStream stream = new RowStream(reader, best, header, rows, rowNos,
                        opened.type() == FileSniffer.Type.CSV || opened.type() == FileSniffer.Type.TSV, pseudonymiser);
                handedOver = true;
                return new Located(best, stream, headerRowNo, xlsx ? sheetName(file, sheet, format) : null,
                        opened.charset(), opened.delimiter(), opened.type());
            } finally {
                if (!handedOver) reader.close();
            }
        }
        throw new NoMatchingProfileException(candidates.size() == 1
                ? Message.of("import.reason.profile_columns_missing", candidates.get(0).name(), preview(firstRows))
                : Message.of("import.reason.no_profile", preview(firstRows)), firstRows);
    }

    private static String sheetName(Path file, int index, FormatSpec format) {
        if (format.sheet() != null) return format.sheet();
        return "#" + (index + 1);
    }

    private static Object preview(List<String> header) {
        List<String> cells = header.stream().filter(c -> !c.isBlank()).limit(12).toList();
        return cells.isEmpty() ? Message.of("import.reason.no_header") : String.join(", ", cells) + (header.size() > 12 ? ", …" : "");
    }
}
