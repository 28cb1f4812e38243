package dev.treaty.compatibility.lint.internal;

import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.treaty.compatibility.SchemaPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * buf's IMPORT_USED: every import declares a type, or an extension used as an option, that this
 * file refers to.
 */
final class BufImportUsed extends BufRule {

  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][\\w.]*");

  BufImportUsed() {
    super("IMPORT_USED", "Every import is used (buf STANDARD).");
  }

  @Override
  void check(LintInput input, ProtoSource source, RuleOptions options, Report report) {
    ProtoFileElement file = input.protoFile();
    Set<String> references = references(file);
    Set<String> optionNames = new HashSet<>();
    collectOptions(file, optionNames);
    for (String path : file.getImports()) {
      ProtoFileElement imported = input.protoImports().get(path);
      if (imported == null || uses(imported, references, optionNames)) {
        continue;
      }
      report.add(SchemaPath.ROOT.child("imports").child(path).toString(),
          source.statement(Pattern.compile("(import)\\s+(?:weak\\s+)?\"" + Pattern.quote(path) + "\"")),
          "Import \"" + path + "\" is unused.",
          "Remove the import of " + path + ".");
    }
  }

  private static boolean uses(ProtoFileElement imported, Set<String> references, Set<String> optionNames) {
    String prefix = imported.getPackageName() == null ? "" : imported.getPackageName() + ".";
    List<String> declared = new ArrayList<>();
    imported.getTypes().forEach(type -> declare(type, prefix, declared));
    for (String reference : references) {
      for (String name : declared) {
        if (name.equals(reference) || name.endsWith("." + reference)) {
          return true;
        }
      }
    }
    for (ExtendElement extend : imported.getExtendDeclarations()) {
      for (FieldElement field : extend.getFields()) {
        if (optionNames.contains(field.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static void declare(TypeElement type, String scope, List<String> declared) {
    declared.add(scope + type.getName());
    type.getNestedTypes().forEach(nested -> declare(nested, scope + type.getName() + ".", declared));
  }

  private static Set<String> references(ProtoFileElement file) {
    Set<String> references = new HashSet<>();
    for (var at : ProtoElements.messages(file)) {
      BufNaming.fields(at.element()).forEach(field -> typeNames(field.getType(), references));
      at.element().getExtendDeclarations().forEach(extend -> references.add(strip(extend.getName())));
    }
    for (ExtendElement extend : file.getExtendDeclarations()) {
      references.add(strip(extend.getName()));
      extend.getFields().forEach(field -> typeNames(field.getType(), references));
    }
    for (ServiceElement service : file.getServices()) {
      for (RpcElement rpc : service.getRpcs()) {
        references.add(strip(rpc.getRequestType()));
        references.add(strip(rpc.getResponseType()));
      }
    }
    return references;
  }

  private static void typeNames(String type, Set<String> into) {
    Matcher matcher = TYPE_NAME.matcher(type);
    while (matcher.find()) {
      into.add(strip(matcher.group()));
    }
  }

  private static String strip(String name) {
    return name.startsWith(".") ? name.substring(1) : name;
  }

  /** The last part of every option name, at every level of the file. */
  private static void collectOptions(ProtoFileElement file, Set<String> names) {
    addOptions(file.getOptions(), names);
    for (var at : ProtoElements.messages(file)) {
      MessageElement message = at.element();
      addOptions(message.getOptions(), names);
      BufNaming.fields(message).forEach(field -> addOptions(field.getOptions(), names));
    }
    for (var at : ProtoElements.enums(file)) {
      addOptions(at.element().getOptions(), names);
      at.element().getConstants().forEach(constant -> addOptions(constant.getOptions(), names));
    }
    for (ServiceElement service : file.getServices()) {
      addOptions(service.getOptions(), names);
      service.getRpcs().forEach(rpc -> addOptions(rpc.getOptions(), names));
    }
  }

  private static void addOptions(List<OptionElement> options, Set<String> names) {
    for (OptionElement option : options) {
      String name = option.getName();
      names.add(name.substring(name.lastIndexOf('.') + 1));
    }
  }
}
