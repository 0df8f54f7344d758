"""The ExtraChain full node and validator, and the local devnet launcher; never imports Qt."""
