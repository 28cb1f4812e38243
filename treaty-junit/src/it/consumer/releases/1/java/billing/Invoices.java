package billing;

import org.apache.avro.generic.GenericRecord;

/** Billing's handler of orders-value: one invoice line per order. */
public final class Invoices {

  private Invoices() {}

  public static String line(GenericRecord order) {
    // the bug the contract test finds: not every order has a note
    String note = order.get("note").toString();
    return "Invoice for " + order.get("id") + " to " + order.get("email") + " (" + note.strip() + ")";
  }
}
