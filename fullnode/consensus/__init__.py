"""Tendermint BFT consensus: the pure state machine, proposer rotation, vote bookkeeping and the WAL."""
