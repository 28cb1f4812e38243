package dev.treaty.compatibility.protobuf.internal;

import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;

/** A model service as a {@code ServiceDescriptorProto}. */
final class ServiceDescriptors {

  private ServiceDescriptors() {}

  static ServiceDescriptorProto toProto(ServiceDef service) {
    ServiceDescriptorProto.Builder proto = ServiceDescriptorProto.newBuilder().setName(service.name());
    for (RpcDef rpc : service.rpcs()) {
      MethodDescriptorProto.Builder method = MethodDescriptorProto.newBuilder()
          .setName(rpc.name())
          .setInputType("." + rpc.requestType())
          .setOutputType("." + rpc.responseType());
      if (rpc.clientStreaming()) {
        method.setClientStreaming(true);
      }
      if (rpc.serverStreaming()) {
        method.setServerStreaming(true);
      }
      proto.addMethod(method);
    }
    return proto.build();
  }
}
