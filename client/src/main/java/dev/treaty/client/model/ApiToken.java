package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A Treaty API token as {@code /treaty/v1/tokens} shows it. {@code token}, the secret, is there
 * only in the answer to its creation.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiToken(String name, List<String> roles, String created, String token) {

  @Override
  public String toString() {
    return "ApiToken[name=" + name + ", roles=" + roles + ", created=" + created + "]";
  }
}
