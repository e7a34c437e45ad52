package io.longitude.dashboard.inbox;

import io.longitude.ingest.WriteScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The rules of an inbox, from {@code inbox.yaml} in the inbox folder:
 * <pre>
 * rules:
 *   - match: "*.xlsx"
 *     mapping: data/mappings/kobo-followup.yaml
 *   - match: "*.csv"
 *     programmes: [P01]
 * </pre>
 * Mapping paths are relative to the working directory. Without the file, every file is canonical. A rule with
 * {@code programmes} writes only rows of those programmes; without it, rows of every programme.
 */
record InboxConfig(List<InboxRule> rules) {
    static final String FILE_NAME = "inbox.yaml";

    InboxConfig {
        rules = List.copyOf(rules);
    }

    static InboxConfig load(Path inbox) {
        Path file = inbox.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new InboxConfig(List.of(new InboxRule("*", Optional.empty())));
        }
        try (InputStream input = Files.newInputStream(file)) {
            Object document =
                    new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromInputStream(input);
            if (!(document instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> list)) {
                throw new IllegalArgumentException(
                        "Cannot read " + file + ", key rules must be a list of {match, mapping}");
            }
            List<InboxRule> rules = new ArrayList<>();
            for (int index = 0; index < list.size(); index++) {
                if (!(list.get(index) instanceof Map<?, ?> rule) || rule.get("match") == null) {
                    throw new IllegalArgumentException(
                            "Cannot read " + file + ", key rules[" + index + "].match is missing");
                }
                Object mapping = rule.get("mapping");
                rules.add(new InboxRule(
                        String.valueOf(rule.get("match")),
                        Optional.ofNullable(mapping).map(value -> Path.of(value.toString())),
                        scope(file, index, rule.get("programmes"))));
            }
            return new InboxConfig(rules);
        } catch (IOException | YamlEngineException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static WriteScope scope(Path file, int index, Object programmes) {
        if (programmes == null) {
            return WriteScope.EVERY_PROGRAMME;
        }
        if (!(programmes instanceof List<?> list) || list.stream().anyMatch(value -> !(value instanceof String))) {
            throw new IllegalArgumentException(
                    "Cannot read " + file + ", key rules[" + index + "].programmes must be a list of programme ids");
        }
        return WriteScope.only(
                list.stream().map(value -> ((String) value).trim()).toList());
    }

    Optional<InboxRule> ruleFor(Path file) {
        return rules.stream().filter(rule -> rule.matches(file)).findFirst();
    }
}
