package dev.treaty.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A user of a secured registry as {@code /treaty/v1/users} shows it: a name and its grants. The
 * {@code password} is only ever sent, in a request, and never printed.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistryUser(String name, List<String> roles, String password) {

  @Override
  public String toString() {
    return "RegistryUser[name=" + name + ", roles=" + roles + "]";
  }
}
