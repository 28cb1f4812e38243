package dev.treaty.client.asyncapi;

/**
 * The Kafka topic a subject belongs to, read back from its name by the subject naming strategies:
 * {@code TopicNameStrategy} ({@code orders-value}, {@code orders-key}), {@code
 * TopicRecordNameStrategy} ({@code orders-com.acme.Order}) and {@code RecordNameStrategy} ({@code
 * com.acme.Order}, which names no topic). A leading context ({@code :.ctx:}) is not part of the
 * topic.
 *
 * @param address the topic, {@code null} when the subject does not name one
 * @param key whether the subject holds the record keys rather than the values
 * @param strategy the strategy the name follows, {@code null} when it follows none of them (the
 *     subject is then taken as the topic)
 */
record Topic(String address, boolean key, String strategy) {

  static Topic of(String subject, String recordName) {
    String name = subject;
    if (name.startsWith(":.") && name.indexOf(':', 2) > 0) {
      name = name.substring(name.indexOf(':', 2) + 1);
    }
    if (name.endsWith("-value") && name.length() > "-value".length()) {
      return new Topic(name.substring(0, name.length() - "-value".length()), false, "TopicNameStrategy");
    }
    if (name.endsWith("-key") && name.length() > "-key".length()) {
      return new Topic(name.substring(0, name.length() - "-key".length()), true, "TopicNameStrategy");
    }
    if (recordName != null && name.equals(recordName)) {
      return new Topic(null, false, "RecordNameStrategy");
    }
    if (recordName != null && name.endsWith("-" + recordName) && name.length() > recordName.length() + 1) {
      return new Topic(name.substring(0, name.length() - recordName.length() - 1), false, "TopicRecordNameStrategy");
    }
    return new Topic(name, false, null);
  }

  /** What the document says about how the topic was found. */
  String note(String subject) {
    if (strategy == null) {
      return "Subject " + subject + " follows no subject naming strategy; its name is taken as the topic.";
    }
    if (address == null) {
      return "Subject " + subject + " follows the RecordNameStrategy, which does not name the topic the records"
          + " are written to.";
    }
    return "Subject " + subject + " holds the record " + (key ? "keys" : "values") + " of topic " + address
        + " (" + strategy + ").";
  }
}
