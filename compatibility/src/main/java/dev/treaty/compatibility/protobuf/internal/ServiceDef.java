package dev.treaty.compatibility.protobuf.internal;

import java.util.List;
import java.util.Optional;

/** A service and its RPCs. */
public record ServiceDef(String fullName, String name, List<RpcDef> rpcs, String location) {
  public ServiceDef {
    rpcs = List.copyOf(rpcs);
  }

  public Optional<RpcDef> rpc(String rpcName) {
    return rpcs.stream().filter(rpc -> rpc.name().equals(rpcName)).findFirst();
  }
}
