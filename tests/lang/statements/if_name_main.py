# The usual main guard runs: the script is __main__.
def main():
    print("in main")
print(__name__)  # expect: __main__
if __name__ == "__main__":
    main()  # expect: in main
