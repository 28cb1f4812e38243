package dev.treaty.compatibility.protobuf.internal;

import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;

/** Builds the model of a service, resolving RPC request and response types. */
final class Services {

  private Services() {}

  static ServiceDef build(ServiceElement service, String pkg, FieldTypes types) {
    String fullName = TypeNames.join(pkg, service.getName());
    return new ServiceDef(
        fullName,
        service.getName(),
        service.getRpcs().stream().map(rpc -> rpc(rpc, pkg, types)).toList(),
        ProtoNames.position(service.getLocation()));
  }

  private static RpcDef rpc(RpcElement rpc, String pkg, FieldTypes types) {
    FieldTypes.Located at = new FieldTypes.Located(rpc.getLocation());
    String idempotency =
        rpc.getOptions().stream()
            .filter(option -> option.getName().equals("idempotency_level"))
            .map(OptionElement::getValue)
            .map(String::valueOf)
            .findFirst()
            .orElse(null);
    return new RpcDef(
        rpc.getName(),
        types.resolve(rpc.getRequestType(), rpc.getName(), pkg, at).display(),
        types.resolve(rpc.getResponseType(), rpc.getName(), pkg, at).display(),
        rpc.getRequestStreaming(),
        rpc.getResponseStreaming(),
        idempotency,
        ProtoNames.position(rpc.getLocation()));
  }
}
