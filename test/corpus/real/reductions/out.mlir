module {
  func.func @main(%arg0: !torch.vtensor<[3,4],f32>) -> (!torch.vtensor<[3],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[3,1],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>) {
    %int1 = torch.constant.int 1
    %0 = torch.prim.ListConstruct %int1 : (!torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %none = torch.constant.none
    %1 = torch.aten.sum.dim_IntList %arg0, %0, %false, %none : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[3],f32>
    %none_0 = torch.constant.none
    %2 = torch.aten.mean %arg0, %none_0 : !torch.vtensor<[3,4],f32>, !torch.none -> !torch.vtensor<[],f32>
    %int0 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int0 : (!torch.int) -> !torch.list<int>
    %false_1 = torch.constant.bool false
    %4 = torch.aten.amax %arg0, %3, %false_1 : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[4],f32>
    %int1_2 = torch.constant.int 1
    %5 = torch.prim.ListConstruct %int1_2 : (!torch.int) -> !torch.list<int>
    %true = torch.constant.bool true
    %6 = torch.aten.amin %arg0, %5, %true : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.bool -> !torch.vtensor<[3,1],f32>
    %int1_3 = torch.constant.int 1
    %7 = torch.prim.ListConstruct %int1_3 : (!torch.int) -> !torch.list<int>
    %int1_4 = torch.constant.int 1
    %false_5 = torch.constant.bool false
    %8 = torch.aten.var.correction %arg0, %7, %int1_4, %false_5 : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.int, !torch.bool -> !torch.vtensor<[3],f32>
    %int0_6 = torch.constant.int 0
    %9 = torch.prim.ListConstruct %int0_6 : (!torch.int) -> !torch.list<int>
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %false_7 = torch.constant.bool false
    %10 = torch.aten.var.correction %arg0, %9, %float1.000000e00, %false_7 : !torch.vtensor<[3,4],f32>, !torch.list<int>, !torch.float, !torch.bool -> !torch.vtensor<[4],f32>
    %11 = torch.aten.sqrt %10 : !torch.vtensor<[4],f32> -> !torch.vtensor<[4],f32>
    %int1_8 = torch.constant.int 1
    %false_9 = torch.constant.bool false
    %none_10 = torch.constant.none
    %12 = torch.aten.prod.dim_int %arg0, %int1_8, %false_9, %none_10 : !torch.vtensor<[3,4],f32>, !torch.int, !torch.bool, !torch.none -> !torch.vtensor<[3],f32>
    %int1_11 = torch.constant.int 1
    %false_12 = torch.constant.bool false
    %13 = torch.aten.argmax %arg0, %int1_11, %false_12 : !torch.vtensor<[3,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[3],si64>
    return %1, %2, %4, %6, %8, %11, %12, %13 : !torch.vtensor<[3],f32>, !torch.vtensor<[],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[3,1],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[4],f32>, !torch.vtensor<[3],f32>, !torch.vtensor<[3],si64>
  }
}
