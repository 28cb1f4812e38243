package dev.treaty.shop;

/** A plain class for Avro reflection and Jackson. */
public class Parcel {
  public String sku;
  public int weight;

  public Parcel() {}

  public Parcel(String sku, int weight) {
    this.sku = sku;
    this.weight = weight;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parcel parcel && parcel.sku.equals(sku) && parcel.weight == weight;
  }

  @Override
  public int hashCode() {
    return sku.hashCode() * 31 + weight;
  }

  @Override
  public String toString() {
    return "Parcel[" + sku + ", " + weight + "]";
  }
}
