package dev.treaty.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Reads Confluent's {@code metadata} and {@code ruleSet} parameters (subject to value) from their
 * XML into the JSON the registry stores, for the same reason as {@link ReferencesParameter}:
 * <pre>{@code
 * <metadata><orders-value>
 *   <properties><owner>team-a</owner></properties>
 *   <tags><customer.ssn><tag>PII</tag></customer.ssn></tags>
 *   <sensitive><field>ssn</field></sensitive>
 * </orders-value></metadata>
 * <ruleSet><orders-value>
 *   <domainRules><rule><name>checkSsn</name><kind>CONDITION</kind><type>CEL</type><expr>...</expr>
 *     <tags><tag>PII</tag></tags><params><k>v</k></params></rule></domainRules>
 * </orders-value></ruleSet>
 * }</pre>
 * An element this shape does not know fails the build rather than being dropped silently.
 */
final class DataContractParameters {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> RULE_TEXTS = Set.of("name", "doc", "kind", "mode", "type", "expr", "onSuccess",
      "onFailure");

  private DataContractParameters() {}

  /** Subject (the element name, decoded when {@code decode}) to its metadata. */
  static Map<String, JsonNode> metadata(PlexusConfiguration xml, boolean decode) throws MojoExecutionException {
    Map<String, JsonNode> bySubject = new LinkedHashMap<>();
    for (PlexusConfiguration subject : children(xml)) {
      ObjectNode metadata = JSON.createObjectNode();
      for (PlexusConfiguration part : subject.getChildren()) {
        switch (part.getName()) {
          case "properties" -> metadata.set("properties", map(part, decode));
          case "sensitive" -> metadata.set("sensitive", list(part));
          case "tags" -> {
            ObjectNode tags = JSON.createObjectNode();
            // a tag's key is a field path, which may need the same _xHH spelling as subjects
            for (PlexusConfiguration path : part.getChildren()) {
              tags.set(decode ? SubjectNames.decode(path.getName()) : path.getName(), list(path));
            }
            metadata.set("tags", tags);
          }
          default -> throw unknown("metadata", subject, part);
        }
      }
      bySubject.put(name(subject, decode), metadata);
    }
    return bySubject;
  }

  /** Subject to its rule set. */
  static Map<String, JsonNode> ruleSets(PlexusConfiguration xml, boolean decode) throws MojoExecutionException {
    Map<String, JsonNode> bySubject = new LinkedHashMap<>();
    for (PlexusConfiguration subject : children(xml)) {
      ObjectNode ruleSet = JSON.createObjectNode();
      for (PlexusConfiguration part : subject.getChildren()) {
        switch (part.getName()) {
          case "migrationRules", "domainRules", "encodingRules" -> {
            ArrayNode rules = ruleSet.putArray(part.getName());
            for (PlexusConfiguration rule : part.getChildren()) {
              rules.add(rule(subject, rule));
            }
          }
          case "enableAt" -> ruleSet.put("enableAt", text(part));
          default -> throw unknown("ruleSet", subject, part);
        }
      }
      bySubject.put(name(subject, decode), ruleSet);
    }
    return bySubject;
  }

  private static ObjectNode rule(PlexusConfiguration subject, PlexusConfiguration xml) throws MojoExecutionException {
    ObjectNode rule = JSON.createObjectNode();
    for (PlexusConfiguration part : xml.getChildren()) {
      String name = part.getName();
      if (RULE_TEXTS.contains(name)) {
        rule.put(name, text(part));
      } else if (name.equals("disabled")) {
        rule.put("disabled", Boolean.parseBoolean(text(part)));
      } else if (name.equals("tags")) {
        rule.set("tags", list(part));
      } else if (name.equals("params")) {
        rule.set("params", map(part, false));
      } else {
        throw unknown("ruleSet", subject, part);
      }
    }
    if (!rule.hasNonNull("name") || !rule.hasNonNull("type")) {
      throw new MojoExecutionException("ruleSet of " + subject.getName() + ": every rule needs a <name> and a <type>");
    }
    return rule;
  }

  private static PlexusConfiguration[] children(PlexusConfiguration xml) {
    return xml == null ? new PlexusConfiguration[0] : xml.getChildren();
  }

  private static String name(PlexusConfiguration subject, boolean decode) {
    return decode ? SubjectNames.decode(subject.getName()) : subject.getName();
  }

  // Metadata property names such as confluent:reserved need _x3A for their colon, as subjects do.
  private static ObjectNode map(PlexusConfiguration xml, boolean decode) {
    ObjectNode map = JSON.createObjectNode();
    for (PlexusConfiguration entry : xml.getChildren()) {
      map.put(decode ? SubjectNames.decode(entry.getName()) : entry.getName(), text(entry));
    }
    return map;
  }

  private static ArrayNode list(PlexusConfiguration xml) {
    ArrayNode list = JSON.createArrayNode();
    for (PlexusConfiguration item : xml.getChildren()) {
      list.add(text(item));
    }
    return list;
  }

  private static String text(PlexusConfiguration xml) {
    String value = xml.getValue(null);
    return value == null ? "" : value.trim();
  }

  private static MojoExecutionException unknown(String parameter, PlexusConfiguration subject, PlexusConfiguration part) {
    return new MojoExecutionException(parameter + " of " + subject.getName() + ": <" + part.getName() + "> is not "
        + "part of a " + ("metadata".equals(parameter) ? "metadata (properties, tags, sensitive)"
            : "rule set (migrationRules, domainRules, encodingRules, enableAt; a rule has name, doc, kind, mode, "
                + "type, tags, params, expr, onSuccess, onFailure, disabled)"));
  }
}
