// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "reader",
  products: [
    .executable(name: "reader", targets: ["Reader"])
  ],
  dependencies: [
    .package(
      url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    .package(url: "https://github.com/groue/GRDB.swift", .upToNextMinor(from: "7.10.0")),
  ],
  targets: [
    .systemLibrary(
      name: "CNcurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "Model", resources: [.copy("Resources")]),
    .executableTarget(
      name: "Reader",
      dependencies: [
        "Model",
        "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(name: "ModelTests", dependencies: ["Model"], exclude: ["Snapshots"]),
    .testTarget(name: "ReaderTests", dependencies: ["Reader", "Model"], exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)
