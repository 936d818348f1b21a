package dev.focal.optics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule table kept as data: a semicolon-separated text file on the classpath with a {@code version;...} line,
 * comment lines starting with {@code #} and one rule per line.
 */
record RuleFile(String name, String version, List<List<String>> rows) {

    static RuleFile load(String resource) {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The rule table " + resource + " is missing from the classpath.");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleFile parse(String name, String text) {
        String version = null;
        List<List<String>> rows = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\\s*;\\s*", -1));
            if (cells.getFirst().equals("version")) {
                if (cells.size() < 2 || cells.get(1).isBlank()) {
                    throw new IllegalStateException(name + ": the version line needs a version.");
                }
                version = cells.get(1);
            } else {
                rows.add(cells);
            }
        }
        if (version == null) {
            throw new IllegalStateException(name + " has no version line (version;...).");
        }
        return new RuleFile(name, version, List.copyOf(rows));
    }

    List<List<String>> rows(String kind) {
        return rows.stream().filter(r -> r.getFirst().equals(kind)).toList();
    }
}
