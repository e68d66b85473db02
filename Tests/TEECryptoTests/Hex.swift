// Vectors and their hex helpers, for every file of this target.
@_exported import CryptoTestVectors
