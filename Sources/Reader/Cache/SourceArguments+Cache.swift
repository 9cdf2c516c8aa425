/// The analysis cache a command works with: the user's cache, unless `--no-cache` was given.
extension SourceArguments {
  func openCache(location: CacheLocation = CacheLocation()) -> AnalysisCache? {
    guard !noCache else { return nil }
    return AnalysisCache(file: location.cacheFile, notice: StandardError.print)
  }
}
