module {
  func.func @main(