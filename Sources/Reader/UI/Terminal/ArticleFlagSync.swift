/// Keeps which articles are read and marked across sessions, in the user's state store:
/// restored into the first state, and every change written back as it happens.
struct ArticleFlagSync {
  let store: StateStore

  func restore(into state: inout ReaderState) {
    for (id, flags) in store.allFlags() {
      if flags.read { state.read.insert(id) }
      if flags.marked { state.marked.insert(id) }
    }
  }

  func save(from old: ReaderState, to new: ReaderState) {
    for id in new.read.subtracting(old.read) { store.setRead(true, for: id) }
    for id in new.marked.symmetricDifference(old.marked) {
      store.setMarked(new.marked.contains(id), for: id)
    }
  }
}
