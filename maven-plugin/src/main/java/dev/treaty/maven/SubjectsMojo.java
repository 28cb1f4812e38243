package dev.treaty.maven;

import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.client.model.RegisterSchemaRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * What {@code validate}, {@code test-compatibility} and {@code register} share: one schema file
 * per subject, with its type and references, read and ordered so that a subject comes after the
 * configured subjects it refers to.
 */
public abstract class SubjectsMojo extends RegistryMojo {

  /** Subject to schema file; the XML element name is the subject (see {@code decodeSubject}). */
  @Parameter(required = true)
  Map<String, File> subjects;

  /** Subject to {@code AVRO}, {@code PROTOBUF} or {@code JSON}; by default the file extension decides, else AVRO. */
  @Parameter
  Map<String, String> schemaTypes;

  /** Subject to the list of schemas it refers to. */
  @Parameter
  PlexusConfiguration references;

  /**
   * Subject to the metadata registered (and checked) with its schema: {@code properties},
   * {@code tags}, {@code sensitive}, as Confluent's plugin takes them (see {@link DataContractParameters}).
   */
  @Parameter
  PlexusConfiguration metadata;

  /** Subject to the rule set registered (and checked) with its schema: migration, domain and encoding rules. */
  @Parameter
  PlexusConfiguration ruleSet;

  /**
   * Confluent's schema providers by class name; when given, only the schema types they provide may
   * be configured. Treaty knows Confluent's three ({@code AvroSchemaProvider},
   * {@code JsonSchemaProvider}, {@code ProtobufSchemaProvider}); another class fails the build.
   */
  @Parameter
  List<String> schemaProviders;

  /** Decodes {@code _xHH} in subject names, so that {@code _x3A} can stand for {@code :}. */
  @Parameter(defaultValue = "true")
  boolean decodeSubject;

  /** Reports failures as warnings instead of failing the build. */
  @Parameter(property = "treaty.failOnIncompatible", defaultValue = "true")
  boolean failOnIncompatible;

  /** Reads every configured subject, referenced subjects first. */
  List<SubjectSchema> subjectSchemas() throws MojoExecutionException {
    Map<String, SubjectSchema> bySubject = new LinkedHashMap<>();
    Map<String, File> configured = subjects == null ? Map.of() : subjects;
    Map<String, List<Reference>> referencesBySubject = ReferencesParameter.parse(references);
    Set<String> provided = SchemaProviders.types(schemaProviders);
    for (Map.Entry<String, File> entry : configured.entrySet()) {
      String key = entry.getKey();
      String subject = decodeSubject ? SubjectNames.decode(key) : key;
      File file = entry.getValue();
      String type = SubjectSchema.typeOf(lookup(schemaTypes, key, subject), file);
      if (!provided.contains(type)) {
        throw new MojoExecutionException("Schema for " + subject + " could not be parsed: no schema provider in "
            + "schemaProviders provides " + type);
      }
      List<Reference> refs = lookup(referencesBySubject, key, subject);
      bySubject.put(subject, new SubjectSchema(subject, file, type, read(subject, file), refs));
    }
    List<SubjectSchema> ordered = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String subject : bySubject.keySet()) {
      visit(subject, bySubject, done, new HashSet<>(), ordered);
    }
    return ordered;
  }

  private static void visit(String subject, Map<String, SubjectSchema> all, Set<String> done, Set<String> path,
      List<SubjectSchema> out) throws MojoExecutionException {
    if (done.contains(subject) || !all.containsKey(subject)) {
      return;
    }
    if (!path.add(subject)) {
      throw new MojoExecutionException("The references between the configured subjects form a cycle through " + subject);
    }
    for (Reference reference : all.get(subject).references()) {
      visit(reference.getSubject(), all, done, path, out);
    }
    path.remove(subject);
    done.add(subject);
    out.add(all.get(subject));
  }

  private static <T> T lookup(Map<String, T> map, String key, String subject) {
    if (map == null) {
      return null;
    }
    return map.containsKey(key) ? map.get(key) : map.get(subject);
  }

  private static String read(String subject, File file) throws MojoExecutionException {
    if (file == null) {
      throw new MojoExecutionException("No schema file configured for subject " + subject);
    }
    try {
      return Files.readString(file.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the schema of " + subject + " from " + file + ": " + e, e);
    }
  }

  /**
   * The register / check request for {@code schema}: its text, type and pinned references, with the
   * metadata and rule set configured for its subject.
   */
  RegisterSchemaRequest request(SubjectSchema schema, ReferenceResolver resolver) throws MojoExecutionException {
    if (metadataBySubject == null) {
      metadataBySubject = DataContractParameters.metadata(metadata, decodeSubject);
      ruleSetBySubject = DataContractParameters.ruleSets(ruleSet, decodeSubject);
    }
    return RegisterSchemaRequest.of(schema.type(), schema.text(), resolver.pinned(schema))
        .withMetadata(metadataBySubject.get(schema.subject()), ruleSetBySubject.get(schema.subject()));
  }

  private Map<String, JsonNode> metadataBySubject;
  private Map<String, JsonNode> ruleSetBySubject;

  /** Checks that each reference names both a schema name and a subject. */
  static void requireComplete(SubjectSchema schema) throws MojoExecutionException {
    for (Reference reference : schema.references()) {
      if (reference.getName() == null || reference.getSubject() == null) {
        throw new MojoExecutionException("A reference of " + schema.subject() + " needs both <name> and <subject>");
      }
    }
  }

  static Map<String, SubjectSchema> bySubject(List<SubjectSchema> schemas) {
    Map<String, SubjectSchema> map = new HashMap<>();
    schemas.forEach(schema -> map.put(schema.subject(), schema));
    return map;
  }
}
