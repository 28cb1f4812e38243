package dev.treaty.cli;

import dev.treaty.client.model.ContractPair;
import dev.treaty.client.model.ExampleProblem;
import dev.treaty.client.model.Incompatibility;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints producer–consumer verdicts (can-i-deploy, the matrix): for people a table of the pairs and
 * then the reasons of each failing one; for GitHub one error annotation per reason. The summary
 * line comes last, like the other commands' reports.
 */
final class PairPrinter {

  private PairPrinter() {}

  static String count(List<ContractPair> pairs) {
    long failing = pairs.stream().filter(pair -> !pair.compatible()).count();
    if (pairs.isEmpty()) {
      return "no pairs to check";
    }
    return failing == 0 ? pairs.size() + " pair(s) agree" : failing + " of " + pairs.size() + " pair(s) fail";
  }

  static void print(Session session, OutputFormat format, List<ContractPair> pairs, String summary) {
    PrintWriter out = session.out();
    if (format == OutputFormat.GITHUB) {
      github(out, pairs);
    } else {
      table(out, pairs);
      reasons(out, session.colours(), pairs);
    }
    out.println(summary);
  }

  private static void table(PrintWriter out, List<ContractPair> pairs) {
    if (pairs.isEmpty()) {
      return;
    }
    int subject = width("SUBJECT", pairs.stream().map(ContractPair::subject).toList());
    int producer = width("PRODUCER", pairs.stream().map(PairPrinter::producer).toList());
    int consumer = width("CONSUMER", pairs.stream().map(PairPrinter::consumer).toList());
    String row = "%-" + subject + "s  %-" + producer + "s  %-" + consumer + "s  %s";
    out.println(String.format(row, "SUBJECT", "PRODUCER", "CONSUMER", "VERDICT").stripTrailing());
    for (ContractPair pair : pairs) {
      out.println(String.format(row, pair.subject(), producer(pair), consumer(pair), pair.compatible() ? "ok" : "FAIL"));
    }
    out.println();
  }

  private static void reasons(PrintWriter out, Colours colours, List<ContractPair> pairs) {
    for (ContractPair pair : pairs) {
      if (pair.compatible()) {
        continue;
      }
      out.println(colours.bold(heading(pair)));
      for (Incompatibility finding : pair.findings()) {
        out.println("  BREAKING  " + finding.ruleId() + " at " + where(finding.path()));
        out.println("            " + finding.message());
      }
      for (ExampleProblem problem : pair.examples()) {
        out.println("  EXAMPLE " + problem.example() + " " + problem.ruleId() + " at " + where(problem.path()));
        out.println("            " + problem.message());
      }
      out.println();
    }
  }

  private static void github(PrintWriter out, List<ContractPair> pairs) {
    for (ContractPair pair : pairs) {
      String who = heading(pair) + ": ";
      for (Incompatibility finding : pair.findings()) {
        out.println("::error title=" + property(finding.ruleId()) + "::"
            + data(who + finding.message() + " (" + where(finding.path()) + ")"));
      }
      for (ExampleProblem problem : pair.examples()) {
        out.println("::error title=" + property(problem.ruleId()) + "::"
            + data(who + "example " + problem.example() + ": " + problem.message() + " (" + where(problem.path()) + ")"));
      }
    }
  }

  private static String heading(ContractPair pair) {
    return pair.subject() + ": " + producer(pair) + " -> " + consumer(pair);
  }

  private static String producer(ContractPair pair) {
    return pair.producer() + " " + pair.producerVersion();
  }

  private static String consumer(ContractPair pair) {
    return pair.consumer() + " " + pair.consumerVersion();
  }

  private static String where(String path) {
    return path == null || path.isEmpty() ? "/" : path;
  }

  private static int width(String header, List<String> values) {
    return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
