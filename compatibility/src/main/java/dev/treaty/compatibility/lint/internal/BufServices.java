package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** buf's service rules: a suffix on service names, and request and response types named after the RPC. */
final class BufServices {

  private BufServices() {}

  static List<LintRule> all() {
    return List.of(serviceSuffix(), standardName("RPC_REQUEST_STANDARD_NAME", "request", "Request"),
        standardName("RPC_RESPONSE_STANDARD_NAME", "response", "Response"));
  }

  private static LintRule serviceSuffix() {
    return new BufRule("SERVICE_SUFFIX", "Service names end with a suffix, Service by default (buf STANDARD).") {
      @Override
      public Map<String, Object> defaultOptions() {
        return Map.of("suffix", "Service");
      }

      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        String suffix = options.string("suffix");
        for (ServiceElement service : input.protoFile().getServices()) {
          if (!service.getName().endsWith(suffix)) {
            report.add(SchemaPath.ROOT.child("services").child(service.getName()).toString(),
                source.nameAfter(service.getLocation(), service.getName()),
                "Service name \"" + service.getName() + "\" should be suffixed with \"" + suffix + "\".",
                "Rename it to " + service.getName() + suffix + ".");
          }
        }
      }
    };
  }

  private static LintRule standardName(String id, String side, String suffix) {
    return new BufRule(id, "RPC " + side + " types are named <Rpc>" + suffix + " or <Service><Rpc>" + suffix
        + " (buf STANDARD).") {
      @Override
      public Map<String, Object> defaultOptions() {
        return Map.of("allowGoogleProtobufEmpty", "false");
      }

      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        boolean allowEmpty = Boolean.parseBoolean(options.string("allowGoogleProtobufEmpty"));
        for (ServiceElement service : input.protoFile().getServices()) {
          for (RpcElement rpc : service.getRpcs()) {
            String type = side.equals("request") ? rpc.getRequestType() : rpc.getResponseType();
            String bare = type.startsWith(".") ? type.substring(1) : type;
            if (allowEmpty && bare.equals("google.protobuf.Empty")) {
              continue;
            }
            String name = bare.substring(bare.lastIndexOf('.') + 1);
            String first = NameCase.toPascal(rpc.getName()) + suffix;
            String second = NameCase.toPascal(service.getName()) + first;
            if (!name.equals(first) && !name.equals(second)) {
              Pattern at = side.equals("request")
                  ? Pattern.compile("\\(\\s*(?:stream\\s+)?([\\w.]+)\\s*\\)")
                  : Pattern.compile("returns\\s*\\(\\s*(?:stream\\s+)?([\\w.]+)\\s*\\)");
              report.add(SchemaPath.ROOT.child("services").child(service.getName()).child("rpcs").child(rpc.getName())
                      .child(side).toString(),
                  source.find(at, source.offset(rpc.getLocation())),
                  "RPC " + side + " type \"" + name + "\" should be named \"" + first + "\" or \"" + second + "\".",
                  "Give the RPC its own message " + first + ", so it can change without touching other RPCs.");
            }
          }
        }
      }
    };
  }
}
