package dev.treaty.maven;

/**
 * One {@code <reference>} of the {@code references} parameter, as in Confluent's plugin: how the
 * schema names the dependency, the subject it is registered under, and optionally its version
 * (without one, the version registered earlier in the same run, else the latest).
 */
public class Reference {

  private String name;
  private String subject;
  private Integer version;

  public Reference() {}

  public Reference(String name, String subject, Integer version) {
    this.name = name;
    this.subject = subject;
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public String getSubject() {
    return subject;
  }

  public Integer getVersion() {
    return version;
  }

  @Override
  public String toString() {
    return name + " -> " + subject + (version == null ? "" : " v" + version);
  }
}
