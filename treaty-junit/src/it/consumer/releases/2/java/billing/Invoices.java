package billing;

import org.apache.avro.generic.GenericRecord;

/** Billing's handler of orders-value: one invoice line per order. */
public final class Invoices {

  private Invoices() {}

  public static String line(GenericRecord order) {
    Object note = order.get("note");
    String suffix = note == null ? "" : " (" + note.toString().strip() + ")";
    return "Invoice for " + order.get("id") + " to " + order.get("email") + suffix;
  }
}
