package dev.treaty.registry.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks OIDC / JWT bearer tokens: signature against a JWKS (URL or file), issuer, audience and
 * expiry; one claim (a list, or a space- or comma-separated string) carries the grants.
 */
final class JwtVerifier {

  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
      JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256,
      JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA);

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
  private final SecurityConfig.Jwt settings;

  JwtVerifier(SecurityConfig.Jwt settings) {
    this.settings = settings;
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys(settings)));
    processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
        settings.audience(), new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), Set.of("exp", "sub")));
  }

  /** The caller named by a valid token; empty when the token is not valid, for whatever reason. */
  Optional<Principal> verify(String token) {
    try {
      JWTClaimsSet claims = processor.process(token, null);
      // The identity is the subject at its issuer; a display-name claim is anyone's to choose at
      // the identity provider, so it is shown beside the identity, never used as it.
      String identity = "jwt:" + claims.getSubject() + "@" + claims.getIssuer();
      String display = Optional.ofNullable(claims.getStringClaim(settings.nameClaim())).orElse(claims.getSubject());
      return Optional.of(new Principal(identity, display, grants(claims.getClaim(settings.rolesClaim()))));
    } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException | com.nimbusds.jose.JOSEException e) {
      return Optional.empty();
    }
  }

  private static List<Grant> grants(Object claim) {
    List<String> values = new ArrayList<>();
    if (claim instanceof List<?> list) {
      list.forEach(item -> values.add(String.valueOf(item)));
    } else if (claim instanceof String text) {
      values.addAll(List.of(text.split("[,\\s]+")));
    }
    List<Grant> grants = new ArrayList<>();
    for (String value : values) {
      try {
        grants.add(Grant.parse(value));
      } catch (IllegalArgumentException e) {
        // other applications' roles share the claim; they grant nothing here
      }
    }
    return grants;
  }

  private static JWKSource<SecurityContext> keys(SecurityConfig.Jwt settings) {
    try {
      if (settings.jwksFile() != null) {
        return new ImmutableJWKSet<>(JWKSet.load(settings.jwksFile().toFile()));
      }
      return JWKSourceBuilder.create(URI.create(settings.jwksUrl()).toURL()).build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the JWKS file " + settings.jwksFile(), e);
    } catch (ParseException e) {
      throw new IllegalArgumentException("The JWKS file " + settings.jwksFile() + " is not a JWK set: " + e.getMessage());
    }
  }
}
