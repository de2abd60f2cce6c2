"""Run the distillwatch pipeline on Apache Spark: the same step functions, shuffled by Spark.

Import of this package does not import pyspark; the modules inside do, so the embedded
engine never needs the optional ``spark`` extra.
"""
