package dev.treaty.registry.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.treaty.registry.service.Json;

/** Contracts are stored as JSON text: the server's one Jackson setup, failures as state errors. */
final class ContractJson {

  private ContractJson() {}

  static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Contract records always serialise", e);
    }
  }

  static <T> T read(String text, Class<T> type) {
    try {
      return Json.MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored contract no longer parses: " + e.getOriginalMessage(), e);
    }
  }
}
