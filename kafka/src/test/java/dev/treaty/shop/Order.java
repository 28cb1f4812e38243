package dev.treaty.shop;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;

/** A hand-written stand-in for what avro-maven-plugin generates from the v1 order schema. */
public class Order extends SpecificRecordBase {

  public static final Schema SCHEMA$ = new Schema.Parser().parse("""
      {"type":"record","name":"Order","namespace":"dev.treaty.shop","fields":[
        {"name":"id","type":"string"},
        {"name":"amount","type":"double"}]}""");

  private CharSequence id;
  private double amount;

  public Order() {}

  public Order(CharSequence id, double amount) {
    this.id = id;
    this.amount = amount;
  }

  @Override
  public Schema getSchema() {
    return SCHEMA$;
  }

  @Override
  public Object get(int field) {
    return field == 0 ? id : amount;
  }

  @Override
  public void put(int field, Object value) {
    if (field == 0) {
      id = (CharSequence) value;
    } else {
      amount = (Double) value;
    }
  }

  public String id() {
    return id.toString();
  }

  public double amount() {
    return amount;
  }
}
