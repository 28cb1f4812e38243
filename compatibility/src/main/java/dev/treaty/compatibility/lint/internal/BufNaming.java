package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import dev.treaty.compatibility.SchemaPath;
import java.util.List;
import java.util.regex.Pattern;

/**
 * buf's case rules for element names: each converts the name with buf's conversion and reports a
 * name that differs from its conversion, suggesting it.
 */
final class BufNaming {

  private BufNaming() {}

  static List<LintRule> all() {
    return List.of(messagePascalCase(), enumPascalCase(), servicePascalCase(), rpcPascalCase(),
        fieldLowerSnakeCase(), oneofLowerSnakeCase(), enumValueUpperSnakeCase());
  }

  private static String remedy(String expected) {
    return "Rename it to " + expected + ".";
  }

  private static LintRule messagePascalCase() {
    return new BufRule("MESSAGE_PASCAL_CASE", "Message names are PascalCase (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.messages(input.protoFile())) {
          String name = at.element().getName();
          String expected = NameCase.toPascal(name);
          if (!name.equals(expected)) {
            report.add(at.path().toString(), source.nameAfter(at.element().getLocation(), name),
                "Message name \"" + name + "\" should be PascalCase, such as \"" + expected + "\".", remedy(expected));
          }
        }
      }
    };
  }

  private static LintRule enumPascalCase() {
    return new BufRule("ENUM_PASCAL_CASE", "Enum names are PascalCase (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.enums(input.protoFile())) {
          String name = at.element().getName();
          String expected = NameCase.toPascal(name);
          if (!name.equals(expected)) {
            report.add(at.path().toString(), source.nameAfter(at.element().getLocation(), name),
                "Enum name \"" + name + "\" should be PascalCase, such as \"" + expected + "\".", remedy(expected));
          }
        }
      }
    };
  }

  private static LintRule servicePascalCase() {
    return new BufRule("SERVICE_PASCAL_CASE", "Service names are PascalCase (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (ServiceElement service : input.protoFile().getServices()) {
          String name = service.getName();
          String expected = NameCase.toPascal(name);
          if (!name.equals(expected)) {
            report.add(SchemaPath.ROOT.child("services").child(name).toString(),
                source.nameAfter(service.getLocation(), name),
                "Service name \"" + name + "\" should be PascalCase, such as \"" + expected + "\".", remedy(expected));
          }
        }
      }
    };
  }

  private static LintRule rpcPascalCase() {
    return new BufRule("RPC_PASCAL_CASE", "RPC names are PascalCase (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (ServiceElement service : input.protoFile().getServices()) {
          for (RpcElement rpc : service.getRpcs()) {
            String name = rpc.getName();
            String expected = NameCase.toPascal(name);
            if (!name.equals(expected)) {
              report.add(SchemaPath.ROOT.child("services").child(service.getName()).child("rpcs").child(name).toString(),
                  source.nameAfter(rpc.getLocation(), name),
                  "RPC name \"" + name + "\" should be PascalCase, such as \"" + expected + "\".", remedy(expected));
            }
          }
        }
      }
    };
  }

  private static LintRule fieldLowerSnakeCase() {
    return new BufRule("FIELD_LOWER_SNAKE_CASE", "Field names are lower_snake_case (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.messages(input.protoFile())) {
          for (FieldElement field : fields(at.element())) {
            String name = field.getName();
            String expected = NameCase.toLowerSnake(name);
            if (!name.equals(expected)) {
              report.add(at.path().child("fields").child(name).toString(), fieldName(source, field),
                  "Field name \"" + name + "\" should be lower_snake_case, such as \"" + expected + "\".",
                  remedy(expected) + " The field number, not the name, is on the wire, but JSON and generated code change.");
            }
          }
        }
      }
    };
  }

  private static LintRule oneofLowerSnakeCase() {
    return new BufRule("ONEOF_LOWER_SNAKE_CASE", "Oneof names are lower_snake_case (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.messages(input.protoFile())) {
          for (OneOfElement oneOf : at.element().getOneOfs()) {
            String name = oneOf.getName();
            String expected = NameCase.toLowerSnake(name);
            if (!name.equals(expected)) {
              report.add(at.path().child("oneofs").child(name).toString(),
                  source.find(Pattern.compile("\\boneof\\s+(" + Pattern.quote(name) + ")\\b"),
                      source.offset(at.element().getLocation())),
                  "Oneof name \"" + name + "\" should be lower_snake_case, such as \"" + expected + "\".",
                  remedy(expected));
            }
          }
        }
      }
    };
  }

  private static LintRule enumValueUpperSnakeCase() {
    return new BufRule("ENUM_VALUE_UPPER_SNAKE_CASE", "Enum value names are UPPER_SNAKE_CASE (buf STANDARD).") {
      @Override
      void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
        for (var at : ProtoElements.enums(input.protoFile())) {
          for (EnumConstantElement constant : at.element().getConstants()) {
            String name = constant.getName();
            String expected = NameCase.UPPER_SNAKE_CASE.convert(name);
            if (!name.equals(expected)) {
              report.add(at.path().child("values").child(name).toString(), source.nameAfter(constant.getLocation(), name),
                  "Enum value name \"" + name + "\" should be UPPER_SNAKE_CASE, such as \"" + expected + "\".",
                  remedy(expected));
            }
          }
        }
      }
    };
  }

  /** A message's fields, those inside its oneofs included. */
  static List<FieldElement> fields(MessageElement message) {
    List<FieldElement> all = new java.util.ArrayList<>(message.getFields());
    message.getOneOfs().forEach(oneOf -> all.addAll(oneOf.getFields()));
    return all;
  }

  static String fieldName(ProtoSource source, FieldElement field) {
    Pattern name = Pattern.compile("(?:(?:optional|required|repeated)\\s+)?(?:map\\s*<[^>]*>|[\\w.]+)\\s+("
        + Pattern.quote(field.getName()) + ")\\s*=");
    return source.find(name, source.offset(field.getLocation()));
  }
}
