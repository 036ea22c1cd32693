package casecheck.batch.nightly;

import casecheck.check.FactSet;
import casecheck.facts.DataCoverage;
import casecheck.facts.DossierDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a dossier's {@link FactSet} into text for the fact cache and back. Facts are records; each is written
 * with its class name, and only records of {@code casecheck.*} packages are read back (the cache is not a
 * deserialisation gadget). That a round trip reproduces an equal FactSet, so that a cached dossier is checked on
 * exactly the facts a fresh extraction gives, is asserted by the tests over every sample dossier and fact type;
 * it is not re-proved for each dossier at run time (a decode and a deep comparison cost ~9% of a night's CPU).
 * Thread-safe.
 */
public final class FactSetCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The encoded facts, or empty when they cannot be cached faithfully. */
    public Optional<String> encode(FactSet facts) {
        try {
            ObjectNode root = mapper.createObjectNode();
            root.put("subject", facts.subject());
            root.set("coverage", mapper.valueToTree(facts.coverage()));
            root.set("documents", mapper.valueToTree(facts.documents()));
            ArrayNode list = root.putArray("facts");
            for (Object fact : facts.facts()) {
                if (!allowed(fact.getClass())) {
                    return Optional.empty();
                }
                ObjectNode item = list.addObject();
                item.put("t", fact.getClass().getName());
                item.set("v", mapper.valueToTree(fact));
            }
            return Optional.of(gzip(mapper.writeValueAsString(root)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The facts, or empty when the payload is unreadable (e.g. written by another fact model version). */
    public Optional<FactSet> decode(String payload) {
        try {
            JsonNode root = mapper.readTree(gunzip(payload));
            DataCoverage coverage = mapper.treeToValue(root.get("coverage"), DataCoverage.class);
            List<DossierDocument> documents = new ArrayList<>();
            for (JsonNode d : root.get("documents")) {
                documents.add(mapper.treeToValue(d, DossierDocument.class));
            }
            List<Object> facts = new ArrayList<>();
            for (JsonNode item : root.get("facts")) {
                Class<?> type = Class.forName(item.get("t").asString(), false, FactSetCodec.class.getClassLoader());
                if (!allowed(type)) {
                    return Optional.empty();
                }
                facts.add(mapper.treeToValue(item.get("v"), type));
            }
            return Optional.of(new FactSet(root.get("subject").asString(), facts, documents, coverage));
        } catch (RuntimeException | ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static boolean allowed(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("casecheck.");
    }

    private static String gzip(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static String gunzip(String payload) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(payload)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
