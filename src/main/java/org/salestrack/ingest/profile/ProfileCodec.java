package org.salestrack.ingest.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.salestrack.model.RecordKind;

/** Reads and writes mapping profiles in the JSON format of DESIGN.md, with messages a user can act on. */
public final class ProfileCodec {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileCodec() {}

    public static MappingProfile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static MappingProfile read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidProfileException(source + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) throw new InvalidProfileException(source + ": a profile is a JSON object");
        String name = text(root, "name", source);
        RecordKind kind;
        try {
            kind = RecordKind.of(text(root, "kind", source));
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException(source + ": " + e.getMessage());
        }
        FormatSpec format = format(root.get("format"));
        JsonNode fieldsNode = root.get("fields");
        if (fieldsNode == null || !fieldsNode.isObject()) throw new InvalidProfileException(source + ": \"fields\" must be an object");
        Map<String, FieldMapping> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fieldsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!kind.fields().contains(e.getKey())) {
                throw new InvalidProfileException(source + ": field '" + e.getKey() + "' is not a field of kind " + kind.id()
                        + " (fields: " + String.join(", ", kind.fields()) + ")");
            }
            fields.put(e.getKey(), field(e.getValue(), source, e.getKey()));
        }
        MappingProfile profile = new MappingProfile(name, kind, format, fields);
        checkRequired(profile, source);
        return profile;
    }

    static void checkRequired(MappingProfile p, String source) {
        for (String f : p.kind().required()) {
            if (!p.maps(f)) throw new InvalidProfileException(source + ": required field '" + f + "' is not mapped");
        }
        if (p.kind() == RecordKind.SALES && !p.maps("amount") && !p.maps("unit_price")) {
            throw new InvalidProfileException(source + ": a sales profile maps amount or unit_price");
        }
    }

    private static String text(JsonNode root, String key, String source) {
        JsonNode n = root.get(key);
        if (n == null || !n.isTextual() || n.asText().isBlank()) throw new InvalidProfileException(source + ": \"" + key + "\" is missing");
        return n.asText();
    }

    private static FormatSpec format(JsonNode n) {
        if (n == null || n.isNull()) return FormatSpec.AUTO;
        String decimal = n.path("decimal").asText(".");
        JsonNode header = n.get("headerRow");
        int headerRow = header == null || header.isNull() || !header.canConvertToInt() ? 0 : header.asInt();
        JsonNode sheet = n.get("sheet");
        return new FormatSpec(n.path("type").asText("auto"), n.path("encoding").asText("auto"),
                n.path("delimiter").asText("auto"), decimal.isEmpty() ? '.' : decimal.charAt(0), headerRow,
                sheet == null || sheet.isNull() ? null : sheet.asText());
    }

    private static FieldMapping field(JsonNode n, String source, String field) {
        if (n.isTextual()) return FieldMapping.column(n.asText());
        if (n.isObject() && n.has("const")) return FieldMapping.constant(n.get("const").asText());
        if (n.isObject() && n.has("column")) {
            JsonNode f = n.get("format");
            return FieldMapping.column(n.get("column").asText(), f == null || f.isNull() ? null : f.asText());
        }
        throw new InvalidProfileException(source + ": field '" + field + "' must be a column name, {\"column\": ...} or {\"const\": ...}");
    }

    public static String write(MappingProfile p) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", p.name());
        root.put("kind", p.kind().id());
        ObjectNode f = root.putObject("format");
        FormatSpec fs = p.format();
        f.put("type", fs.type());
        f.put("encoding", fs.encoding());
        f.put("delimiter", fs.delimiter());
        f.put("decimal", String.valueOf(fs.decimal()));
        if (fs.headerRow() > 0) f.put("headerRow", fs.headerRow()); else f.put("headerRow", "auto");
        if (fs.sheet() == null) f.putNull("sheet"); else f.put("sheet", fs.sheet());
        ObjectNode fields = root.putObject("fields");
        p.fields().forEach((k, m) -> {
            if (m.isConstant()) fields.putObject(k).put("const", m.constant());
            else if (m.format() != null) fields.putObject(k).put("column", m.column()).put("format", m.format());
            else fields.put(k, m.column());
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(MappingProfile p, Path file) throws IOException {
        Files.writeString(file, write(p));
    }
}
