"""The ExtraChain (ExC) protocol and the embedded light client; never imports Qt."""
